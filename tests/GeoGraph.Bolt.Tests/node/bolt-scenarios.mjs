// Plays one conversation script's scenario with Neo4j's JavaScript driver against our scripted Bolt server,
// so the C# tests can check that the scripts describe conversations a real driver has.
// Usage: node bolt-scenarios.mjs <scenario> <bolt-uri> [<scenario> <bolt-uri> ...]
// Plays the scenarios one after another (one node start for all: it is the slow part) and prints one JSON line
// per scenario: { scenario, records, bookmarks, error, attempts, protocol } (numbers as plain JS numbers).
import neo4j from 'neo4j-driver';

let driver;
let out;
const rows = (result) => result.records.map((r) => r.keys.map((k) => r.get(k)));
const fail = (e) => ({ code: e.code ?? null, name: e.name ?? null, message: String(e.message), gqlStatus: e.gqlStatus ?? null, retriable: neo4j.isRetryableError(e) });

const scenarios = {
  async auth_v5() {
    const info = await driver.getServerInfo();
    out.protocol = String(info.protocolVersion);
    const session = driver.session();
    try { out.records = rows(await session.run('RETURN 1 AS n')); } finally { await session.close(); }
  },
  async auth_v44() { await scenarios.auth_v5(); },
  async auth_failure() { await driver.verifyConnectivity(); },
  async run_pull_fetch_size() {
    const session = driver.session({ fetchSize: 2 });
    try { out.records = rows(await session.run('UNWIND range(1, 5) AS i RETURN i')); } finally { await session.close(); }
  },
  async explicit_tx() {
    const session = driver.session({ bookmarks: ['bm:start'] });
    try {
      const tx = await session.beginTransaction({ timeout: 5000, metadata: { app: 'geograph' } });
      out.records = rows(await tx.run('CREATE (c:Country {name: $name}) RETURN c.name AS name', { name: 'Kazakhstan' }));
      await tx.commit();
      out.bookmarks = session.lastBookmarks();
    } finally { await session.close(); }
  },
  async managed_tx() {
    const session = driver.session();
    try {
      const result = await session.executeRead((tx) => tx.run('MATCH (o:Organization) RETURN o.name AS name ORDER BY name'));
      out.records = rows(result);
      out.bookmarks = session.lastBookmarks();
    } finally { await session.close(); }
  },
  async failure_reset() {
    const session = driver.session();
    try {
      try { await session.run('RETURN 1 +'); } catch (e) { out.firstError = fail(e); }
      out.records = rows(await session.run('RETURN 2 AS n'));
    } finally { await session.close(); }
  },
  async transient_retry() {
    const session = driver.session();
    try {
      const result = await session.executeWrite((tx) => {
        out.attempts++;
        return tx.run("MERGE (c:Country {name: 'Kazakhstan'}) RETURN c.name AS name");
      });
      out.records = rows(result);
      out.bookmarks = session.lastBookmarks();
    } finally { await session.close(); }
  },
  async disconnect_mid_stream() {
    const session = driver.session();
    try { out.records = rows(await session.run('UNWIND range(1, 100) AS i RETURN i')); } finally { await session.close(); }
  },
  async bookmarks_between_sessions() {
    const s1 = driver.session();
    let first;
    try {
      await s1.executeWrite((tx) => tx.run("CREATE (:Article {id: 'a1'})"));
      first = s1.lastBookmarks();
    } finally { await s1.close(); }
    const s2 = driver.session({ bookmarks: first });
    try {
      out.records = rows(await s2.executeRead((tx) => tx.run('MATCH (a:Article) RETURN count(a) AS n')));
      out.bookmarks = [...first, ...s2.lastBookmarks()];
    } finally { await s2.close(); }
  },
  async gql_failure() {
    const session = driver.session();
    try { await session.run('RETURN 1 +'); } finally { await session.close(); }
  },
};

async function play(scenario, uri) {
  const auth = neo4j.auth.basic('neo4j', scenario === 'auth_failure' ? 'wrong-pw' : 's3cret-pw');
  driver = neo4j.driver(uri, auth, {
    disableLosslessIntegers: true,
    connectionTimeout: 5000,
    maxTransactionRetryTime: 10000,
    logging: { level: 'error', logger: () => {} },
  });
  out = { scenario, records: [], bookmarks: null, error: null, attempts: 0, protocol: null };
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(Object.assign(new Error('scenario took over 10 s'), { code: 'Timeout' })), 10000); });
  try {
    if (!scenarios[scenario]) throw new Error(`unknown scenario ${scenario}`);
    await Promise.race([scenarios[scenario](), timeout]);
  } catch (e) {
    out.error = fail(e);
  } finally {
    clearTimeout(timer);
  }
  try { await driver.close(); } catch { /* the server may already be gone */ }
  process.stdout.write(JSON.stringify(out) + '\n');
}

const args = process.argv.slice(2);
for (let i = 0; i + 1 < args.length; i += 2) {
  await play(args[i], args[i + 1]);
}
process.exit(0);
