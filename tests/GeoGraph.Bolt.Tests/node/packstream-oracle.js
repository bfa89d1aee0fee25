'use strict'
// GeoGraph's PackStream oracle: packs and unpacks values with Neo4j's official JavaScript driver so the C#
// tests (PackStreamDifferentialTests) can compare bytes and decoded values with it.
//
// stdin:  {"requests": [{"op": "pack" | "unpack", "bolt": "5" | "4.4", "values": [...]}, ...]}
//   (one process serves a whole test class); stdout: a JSON array with one result array per request.
//   pack:   values are tagged values (see toJs); prints a JSON array of hex strings, one per value.
//   unpack: values are hex strings; prints a JSON array of tagged values, map keys sorted.
// Tagged values: {"t": "<type>", ...fields}; integers travel as decimal strings, floats as IEEE 754 bit
// patterns in hex, so nothing is lost to JSON numbers.
const neo4j = require('neo4j-driver')
const { alloc } = require('neo4j-driver-bolt-connection/lib/channel')
const { structure } = require('neo4j-driver-bolt-connection/lib/packstream')
const BoltV5 = require('neo4j-driver-bolt-connection/lib/bolt/bolt-protocol-v5x8').default
const BoltV44 = require('neo4j-driver-bolt-connection/lib/bolt/bolt-protocol-v4x4').default

const { types } = neo4j
const TAGS = { node: 0x4e, relationship: 0x52, unbound: 0x72, path: 0x50 }

const int = (s) => neo4j.int(s)
const floatOf = (hex) => Buffer.from(hex, 'hex').readDoubleBE(0)
const floatHex = (x) => { const b = Buffer.alloc(8); b.writeDoubleBE(x); return b.toString('hex').toUpperCase() }

// Tagged value -> what a JavaScript user would hand the driver. Graph entities cannot be sent as parameters, so
// they are built as raw structures in the layout of the negotiated version (our layout, the driver's packer).
function toJs (v, bolt5) {
  switch (v.t) {
    case 'null': return null
    case 'bool': return v.v
    case 'int': return int(v.v)
    case 'float': return floatOf(v.v)
    case 'str': return v.v
    case 'bytes': { const b = Buffer.from(v.v, 'hex'); return new Int8Array(b.buffer, b.byteOffset, b.length) }
    case 'list': return v.v.map((x) => toJs(x, bolt5))
    case 'map': return Object.fromEntries(v.v.map(([k, x]) => [k, toJs(x, bolt5)]))
    case 'date': return new types.Date(int(v.y), v.mo, v.d)
    case 'localtime': return new types.LocalTime(v.h, v.mi, v.s, v.ns)
    case 'time': return new types.Time(v.h, v.mi, v.s, v.ns, v.off)
    case 'localdatetime': return new types.LocalDateTime(int(v.y), v.mo, v.d, v.h, v.mi, v.s, v.ns)
    case 'datetime': return new types.DateTime(int(v.y), v.mo, v.d, v.h, v.mi, v.s, v.ns, v.off, v.zone ?? null)
    case 'duration': return new types.Duration(int(v.months), int(v.days), int(v.seconds), int(v.nanos))
    case 'point': return v.z === undefined
      ? new types.Point(int(v.srid), floatOf(v.x), floatOf(v.y))
      : new types.Point(int(v.srid), floatOf(v.x), floatOf(v.y), floatOf(v.z))
    case 'node': return nodeStruct(v, bolt5)
    case 'unbound': return unboundStruct(v, bolt5)
    case 'relationship': return new structure.Structure(TAGS.relationship, [int(v.id), int(v.start), int(v.end), v.type, toJs(v.props, bolt5),
      ...(bolt5 ? [v.eid, v.startEid, v.endEid] : [])])
    case 'path': return new structure.Structure(TAGS.path, [v.nodes.map((n) => nodeStruct(n, bolt5)), v.rels.map((r) => unboundStruct(r, bolt5)), v.indices.map(int)])
    default: throw new Error('unknown tag ' + v.t)
  }
}

function nodeStruct (v, bolt5) {
  return new structure.Structure(TAGS.node, [int(v.id), v.labels, toJs(v.props, bolt5), ...(bolt5 ? [v.eid] : [])])
}

function unboundStruct (v, bolt5) {
  return new structure.Structure(TAGS.unbound, [int(v.id), v.type, toJs(v.props, bolt5), ...(bolt5 ? [v.eid] : [])])
}

const s = (x) => x.toString()
const n = (x) => neo4j.integer.toNumber(x)

// What the driver decoded -> tagged value, in the same vocabulary the C# side produces.
function fromJs (x) {
  if (x === null) return { t: 'null' }
  if (typeof x === 'boolean') return { t: 'bool', v: x }
  if (neo4j.isInt(x)) return { t: 'int', v: s(x) }
  if (typeof x === 'number') return { t: 'float', v: floatHex(x) }
  if (typeof x === 'string') return { t: 'str', v: x }
  if (x instanceof Int8Array) return { t: 'bytes', v: Buffer.from(x.buffer, x.byteOffset, x.length).toString('hex').toUpperCase() }
  if (Array.isArray(x)) return { t: 'list', v: x.map(fromJs) }
  if (x instanceof types.Node) return { t: 'node', id: s(x.identity), labels: x.labels, props: fromJs(x.properties), eid: x.elementId }
  if (x instanceof types.Relationship) return relationship(x)
  if (x instanceof types.UnboundRelationship) return { t: 'unbound', id: s(x.identity), type: x.type, props: fromJs(x.properties), eid: x.elementId }
  if (x instanceof types.Path) {
    // The driver expands a path into segments; report the walk as nodes and bound relationships.
    return { t: 'walk', nodes: [fromJs(x.start), ...x.segments.map((g) => fromJs(g.end))], rels: x.segments.map((g) => relationship(g.relationship)) }
  }
  if (neo4j.isDate(x)) return { t: 'date', y: s(x.year), mo: n(x.month), d: n(x.day) }
  if (neo4j.isLocalTime(x)) return { t: 'localtime', h: n(x.hour), mi: n(x.minute), s: n(x.second), ns: n(x.nanosecond) }
  if (neo4j.isTime(x)) return { t: 'time', h: n(x.hour), mi: n(x.minute), s: n(x.second), ns: n(x.nanosecond), off: n(x.timeZoneOffsetSeconds) }
  if (neo4j.isLocalDateTime(x)) return { t: 'localdatetime', y: s(x.year), mo: n(x.month), d: n(x.day), h: n(x.hour), mi: n(x.minute), s: n(x.second), ns: n(x.nanosecond) }
  if (neo4j.isDateTime(x)) {
    const out = { t: 'datetime', y: s(x.year), mo: n(x.month), d: n(x.day), h: n(x.hour), mi: n(x.minute), s: n(x.second), ns: n(x.nanosecond) }
    // The Bolt 4.4 decoder leaves the offset of a zone-id date-time unset: it has no zone database to ask.
    if (x.timeZoneOffsetSeconds !== undefined && x.timeZoneOffsetSeconds !== null) out.off = n(x.timeZoneOffsetSeconds)
    if (x.timeZoneId) out.zone = x.timeZoneId
    return out
  }
  if (neo4j.isDuration(x)) return { t: 'duration', months: s(x.months), days: s(x.days), seconds: s(x.seconds), nanos: s(x.nanoseconds) }
  if (neo4j.isPoint(x)) {
    const out = { t: 'point', srid: s(x.srid), x: floatHex(x.x), y: floatHex(x.y) }
    if (x.z !== undefined) out.z = floatHex(x.z)
    return out
  }
  if (x instanceof structure.Structure) throw new Error('driver left structure 0x' + x.signature.toString(16) + ' undecoded')
  if (typeof x === 'object') {
    return { t: 'map', v: Object.keys(x).sort().map((k) => [k, fromJs(x[k])]) }
  }
  throw new Error('cannot describe ' + x)
}

function relationship (r) {
  return { t: 'relationship', id: s(r.identity), start: s(r.start), end: s(r.end), type: r.type, props: fromJs(r.properties), eid: r.elementId, startEid: r.startNodeElementId, endEid: r.endNodeElementId }
}

function main (input) {
  const buffer = alloc(64 * 1024 * 1024)
  const results = JSON.parse(input).requests.map((request) => run(request, buffer))
  process.stdout.write(JSON.stringify(results))
}

function run (request, buffer) {
  const bolt5 = request.bolt === '5'
  const protocol = bolt5 ? new BoltV5(null, buffer, {}) : new BoltV44(null, buffer, {})
  const out = request.values.map((value) => {
    if (request.op === 'pack') {
      buffer.reset()
      protocol.packer().packable(toJs(value, bolt5), protocol.transformer.toStructure)()
      return buffer._buffer.subarray(0, buffer.position).toString('hex').toUpperCase()
    }
    const bytes = Buffer.from(value, 'hex')
    const input = alloc(bytes.length)
    for (const b of bytes) input.writeUInt8(b)
    input.reset()
    return fromJs(protocol.unpack(input))
  })
  return out
}

let data = ''
process.stdin.setEncoding('utf8')
process.stdin.on('data', (chunk) => { data += chunk })
process.stdin.on('end', () => main(data))
