#!/usr/bin/env python3
"""Sum the counters of every TRX file under a folder and print 'N passed, N failed, N skipped'.

Exits 1 when a test failed or no TRX file (or no executed test) was found, so CI never passes on nothing."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
root = Path(sys.argv[1] if len(sys.argv) > 1 else "TestResults")
passed = failed = skipped = 0
files = sorted(root.rglob("*.trx")) if root.exists() else []
for trx in files:
    counters = ET.parse(trx).getroot().find("t:ResultSummary/t:Counters", NS)
    if counters is None:
        continue
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
    # Skipped tests show as total - executed (the notExecuted counter stays 0 for xunit skips).
    skipped += int(counters.get("total", 0)) - int(counters.get("executed", 0))
    for r in ET.parse(trx).getroot().iterfind(".//t:UnitTestResult", NS):
        if r.get("outcome") == "Failed":
            print(f"FAILED {trx.stem}: {r.get('testName')}", file=sys.stderr)
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed or not files or passed == 0 else 0)
