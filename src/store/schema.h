// The store's schema as numbered migrations. A store records the versions
// applied in its schema_version table; opening a store applies the missing
// ones in order, each in its own exclusive transaction.
#ifndef KHALDUN_STORE_SCHEMA_H_
#define KHALDUN_STORE_SCHEMA_H_

#include "store/sql_connection.h"

namespace khaldun::store {

// The newest schema version this build knows.
int LatestSchemaVersion();

// Brings the store up to LatestSchemaVersion(). Throws StoreError, also when
// the store was written by a newer Khaldun (a version this build lacks).
void Migrate(SqlConnection* db);

// The version the store is at (0 for an empty database).
int CurrentSchemaVersion(SqlConnection* db);

}  // namespace khaldun::store

#endif  // KHALDUN_STORE_SCHEMA_H_
