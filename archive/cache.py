"""Django's database cache, with a set that costs one statement on PostgreSQL.

``DatabaseCache`` counts its whole table before every set, to decide whether to cull,
then looks the key up and updates or inserts it in a transaction: five statements
(bench/cache.py), one of them a scan of up to MAX_ENTRIES rows. A cold page sets
several cached figures, so it paid that scan several times. Here a set is one
``INSERT ... ON CONFLICT``, and the count (and the cull, when the table is over
MAX_ENTRIES) runs on one set in ``CULL_EVERY`` per process, so the table still stays
near its bound. Reads, ``add``, ``touch``, deletes and culling itself are Django's.
"""

import base64
import pickle
from contextlib import nullcontext
from datetime import UTC, datetime

from django.conf import settings
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.db import DatabaseCache
from django.db import DatabaseError, connections, router, transaction
from django.utils.timezone import now as tz_now

# How many sets pass between two counts of the table. The table can outgrow
# MAX_ENTRIES by at most this many entries per worker before a cull.
CULL_EVERY = 200


class PostgresCache(DatabaseCache):
    _sets_since_count = 0  # per instance once a set has run: Django makes one per thread

    def _base_set(self, mode, key, value, timeout=DEFAULT_TIMEOUT):
        if mode != "set":
            return super()._base_set(mode, key, value, timeout)
        timeout = self.get_backend_timeout(timeout)
        db = router.db_for_write(self.cache_model_class)
        connection = connections[db]
        quote_name = connection.ops.quote_name
        table = quote_name(self._table)
        if timeout is None:
            expires = datetime.max
        else:
            expires = datetime.fromtimestamp(timeout, tz=UTC if settings.USE_TZ else None)
        expires = connection.ops.adapt_datetimefield_value(expires.replace(microsecond=0))
        encoded = base64.b64encode(pickle.dumps(value, self.pickle_protocol)).decode("latin1")
        upsert = (
            f"INSERT INTO {table} (cache_key, value, expires) VALUES (%s, %s, %s) "
            "ON CONFLICT (cache_key) DO UPDATE SET value = EXCLUDED.value, "
            "expires = EXCLUDED.expires"
        )
        self._sets_since_count += 1
        try:
            # Inside a transaction (a request's test case, a write), a failed set must
            # not abort it: a savepoint keeps the failure to this statement.
            with transaction.atomic(using=db) if connection.in_atomic_block else nullcontext():
                with connection.cursor() as cursor:
                    if self._sets_since_count >= CULL_EVERY:
                        self._sets_since_count = 0
                        cursor.execute(f"SELECT COUNT(*) FROM {table}")
                        count = cursor.fetchone()[0]
                        if count > self._max_entries:
                            self._cull(db, cursor, tz_now().replace(microsecond=0), count)
                    cursor.execute(upsert, [key, encoded, expires])
        except DatabaseError:
            # As Django's: a set that loses a race with another writer fails silently.
            return False
        return True
