// Drives the dashboard in Debian's headless Chromium (playwright-core, no
// downloaded browser) against a server holding tests/web/articles.jsonl:
//   serve-001 EGY condemns ISR (111, QuadClass 3)  2024-03-01
//   serve-002 RUS attacks UKR  (190, QuadClass 4)  2024-03-04
//   serve-003 FRA praises UKR  (051, QuadClass 1)  2024-04-10
//   serve-004 RUS threatens UKR (130, QuadClass 3) 2024-04-16
//   serve-005 RUS praises UKR  (051, QuadClass 1)  2024-05-02
'use strict';
const assert = require('node:assert/strict');
const path = require('node:path');
const { chromium } = require('playwright-core');

const url = process.env.KHALDUN_URL;
const shots = process.env.SCREENSHOTS;

async function points(page, selector) {
  return Number(await page.getAttribute(selector, 'data-points'));
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox'],
  });
  const errors = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
    await page.goto(url);

    // Everything: three months on the timeline, five countries on the map.
    await page.waitForFunction(() => document.querySelectorAll('#events tbody tr').length === 5);
    await page.waitForFunction(() => document.querySelector('#map').dataset.points === '5');
    assert.equal(await points(page, '#timeline'), 3);
    assert.equal(await page.locator('#timeline canvas').count() > 0, true, 'uPlot drew a canvas');
    assert.equal(await page.locator('#map path.country').count() > 100, true, 'country outlines');
    assert.equal(await page.locator('#map path.country.has-events').count(), 5);
    await page.screenshot({ path: path.join(shots, 'dashboard.png'), fullPage: true });

    // Pick the dyad RUS -> UKR from the top dyads: three events, March to May.
    await page.click('#dyads li[data-dyad="RUS,UKR"]');
    await page.waitForFunction(() => document.querySelector('#timeline-title').textContent === 'RUS → UKR');
    await page.waitForFunction(() => document.querySelectorAll('#events tbody tr').length === 3);
    await page.waitForFunction(() => document.querySelector('#map').dataset.points === '2');
    assert.equal(await points(page, '#timeline'), 3);
    const circles = await page.locator('#map circle.point title').allTextContents();
    assert.deepEqual(circles.sort(), ['RUS: 3 events', 'UKR: 3 events']);
    // Of the three, the attack is placed in Ukraine (the attacked country):
    // one marker where it happened.
    assert.equal(await page.getAttribute('#map', 'data-places'), '1');
    const places = await page.locator('#map circle.place title').allTextContents();
    assert.deepEqual(places, ['Ukraine: RUS → UKR 190']);
    await page.screenshot({ path: path.join(shots, 'dyad.png'), fullPage: true });

    // Open the threat and see its evidence: actor and verb words marked.
    await page.click('#events tbody tr[data-id="serve-004:0"]');
    await page.waitForSelector('#detail-panel:not([hidden])');
    assert.equal(await page.textContent('#detail-sentence'), 'Russia threatened Ukraine.');
    assert.equal(await page.textContent('#detail-sentence mark.source'), 'Russia');
    assert.equal(await page.textContent('#detail-sentence mark.verb'), 'threatened');
    assert.equal(await page.textContent('#detail-sentence mark.target'), 'Ukraine');
    const facts = await page.textContent('#detail-facts');
    assert.match(facts, /130 Threaten/);
    assert.match(facts, /QuadClass 3/);
    await page.screenshot({ path: path.join(shots, 'event.png'), fullPage: true });

    // A QuadClass filter narrows all three: material conflict is the attack alone.
    await page.selectOption('select[name="quad"]', '4');
    await page.click('#filters button[type="submit"]');
    await page.waitForFunction(() => document.querySelectorAll('#events tbody tr').length === 1);
    await page.waitForFunction(() => document.querySelector('#timeline').dataset.points === '1');
    assert.equal(await points(page, '#map'), 2);
    assert.equal(await page.textContent('#events tbody tr td:nth-child(3)'), '190 Use conventional military force, not specified below');

    // A bad filter shows the server's message, not a broken page.
    await page.fill('input[name="from"]', '2024-06-01');
    await page.fill('input[name="to"]', '2024-01-01');
    await page.click('#filters button[type="submit"]');
    await page.waitForFunction(() => document.querySelector('#status').classList.contains('error'));
    assert.match(await page.textContent('#status'), /before from/);
    await page.screenshot({ path: path.join(shots, 'error.png'), fullPage: true });

    assert.deepEqual(errors.filter((e) => !/status of 400/.test(e)), []);
    console.log(`dashboard test passed; screenshots in ${shots}`);
  } finally {
    await browser.close();
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
