#!/usr/bin/env node
// Lints .cypher files with Neo4j's own Cypher front end (@neo4j-cypher/language-support: the ANTLR parser plus the
// semantic analysis compiled from Neo4j), offline and without a database schema.
//
// Usage: node lint-cypher.cjs FILE...
// Prints one JSON array on stdout: [{file, line, column, severity, message}], line and column 1-based in the file.
// Exit code: 0 when no diagnostic has error severity, 1 when one does, 2 when a file cannot be read.
//
// A file may hold several statements separated by ';' (schema.cypher does). The linter takes one query at a time, so
// the file is split on ';' outside strings, quoted names and comments, and each piece is linted on its own; positions
// are mapped back to the file. Queries are parameterised ($rows, $ids, ...) and no parameter values exist offline, so
// "parameter not defined" diagnostics are dropped (with the package's isNotParamError where it exports one).
//
// The pinned package version declares node >= 24 in its engines field; it is exercised here on node 20 (CI's node) by
// the test suite itself, which would fail on any load or runtime error.
'use strict';

const fs = require('fs');
const languageSupport = require('@neo4j-cypher/language-support');

const ERROR = 1;

// Splits Cypher text into statements at top-level semicolons. Returns [{text, offset}] where offset is the index of the
// statement's first character in the whole text. Strings ('...' and "..." with backslash escapes), quoted names
// (`...` with `` as the escape) and comments (// to end of line, /* ... */) never split.
function splitStatements(text) {
  const pieces = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (c === "'" || c === '"') {
      i++;
      while (i < text.length && text[i] !== c) {
        i += text[i] === '\\' ? 2 : 1;
      }
      i++;
    } else if (c === '`') {
      i++;
      while (i < text.length) {
        if (text[i] === '`' && text[i + 1] === '`') {
          i += 2;
        } else if (text[i] === '`') {
          break;
        } else {
          i++;
        }
      }
      i++;
    } else if (c === ';') {
      pieces.push({ text: text.slice(start, i), offset: start });
      i++;
      start = i;
    } else {
      i++;
    }
  }
  pieces.push({ text: text.slice(start), offset: start });
  return pieces.filter((p) => hasCode(p.text));
}

// Whether a piece holds anything but whitespace and comments (the text after the last ';' usually does not).
function hasCode(piece) {
  const stripped = piece.replace(/\/\*[\s\S]*?(\*\/|$)/g, '').replace(/\/\/[^\n]*/g, '');
  return stripped.trim().length > 0;
}

function isParameterNotDefined(diagnostic) {
  if (typeof languageSupport.isNotParamError === 'function') {
    return !languageSupport.isNotParamError(diagnostic);
  }
  return /^Parameter \$\S+ is not defined\.?$/.test(diagnostic.message);
}

// lintCypherQuery returned a bare array in older releases and {diagnostics, symbolTables} since.
function lint(query) {
  const result = languageSupport.lintCypherQuery(query, {});
  return Array.isArray(result) ? result : result.diagnostics;
}

function lineAndColumn(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function lintFile(file) {
  const text = fs.readFileSync(file, 'utf8');
  const diagnostics = [];
  for (const piece of splitStatements(text)) {
    for (const d of lint(piece.text)) {
      if (isParameterNotDefined(d)) {
        continue;
      }
      const offset = piece.offset + (d.offsets ? d.offsets.start : 0);
      const { line, column } = lineAndColumn(text, offset);
      diagnostics.push({ file, line, column, severity: d.severity === ERROR ? 'error' : 'warning', message: d.message });
    }
  }
  return diagnostics;
}

function main(files) {
  const all = [];
  let unreadable = false;
  for (const file of files) {
    try {
      all.push(...lintFile(file));
    } catch (e) {
      if (e && e.code === 'ENOENT') {
        unreadable = true;
        all.push({ file, line: 0, column: 0, severity: 'error', message: `cannot read file: ${e.message}` });
      } else {
        throw e;
      }
    }
  }
  process.stdout.write(JSON.stringify(all) + '\n');
  if (unreadable) {
    return 2;
  }
  return all.some((d) => d.severity === 'error') ? 1 : 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}

module.exports = { splitStatements };
