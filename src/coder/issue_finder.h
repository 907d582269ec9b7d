// Finds the issues a sentence names (PETRARCH's issue coding): the `issue`
// entries of the dictionary matched over the sentence's tokens, minus those
// an exclusion phrase of the same category blocks ("a head start" is no
// early childhood education).
#ifndef KHALDUN_CODER_ISSUE_FINDER_H_
#define KHALDUN_CODER_ISSUE_FINDER_H_

#include <vector>

#include "coder/event.h"
#include "coder/sentence.h"
#include "dict/dictionary.h"

namespace khaldun::coder {

// The sentence's issue matches in text order (then by code). Matches do not
// overlap: at each word the longest issue phrase wins ("medical school" is
// POSTSECONDARY_EDUCATION, not also SCHOOLS), and matching goes on after it.
// An exclusion anywhere in the sentence removes every issue of its category,
// or every issue when it has none.
std::vector<IssueMatch> FindIssues(const Sentence& s, const dict::Dictionary& d);

}  // namespace khaldun::coder

#endif  // KHALDUN_CODER_ISSUE_FINDER_H_
