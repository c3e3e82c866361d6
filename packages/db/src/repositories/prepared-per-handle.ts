// Prepared statements are made once per database handle (a pool, or a transaction's connection) and kept with it:
// the hot paths that use them (every send job, every idempotent request) then skip building the query. Keyed
// weakly, so a handle that is closed and dropped takes its statements with it.

/** `prepare` run once per handle; later calls with the same handle get what it returned then. */
export function preparedPerHandle<Handle extends object, Statements>(
  prepare: (db: Handle) => Statements,
): (db: Handle) => Statements {
  const prepared = new WeakMap<Handle, Statements>();
  return (db) => {
    let statements = prepared.get(db);
    if (!statements) {
      statements = prepare(db);
      prepared.set(db, statements);
    }
    return statements;
  };
}
