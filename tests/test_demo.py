"""`mi-emis demo --quick`: every step runs, the report is offline and complete, a rerun is cached."""

import json
import re

import pytest

from mi_emis.cli import main

SECTIONS = ["summary", "em", "scalars", "probes", "adapters", "directions", "transfer"]


@pytest.mark.slow
def test_quick_demo_writes_an_offline_report_and_reruns_from_cache(smollm2_dir, tmp_path, capsys):
    out = tmp_path / "report"
    assert main(["demo", "--quick", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "EM, base → r1x9-medical" in printed and "report:" in printed
    page = (out / "index.html").read_text()
    # offline: nothing is loaded from the network (plotly.js and circuitsvis are inlined; the
    # libraries' own code mentions URLs, e.g. plotly's logo link, which load nothing)
    assert not re.search(r"<script[^>]*\bsrc\s*=", page)
    assert not re.search(r"<link[^>]*\bhref\s*=", page)
    markup = re.sub(r"<script[^>]*>.*?</script>", "", page, flags=re.S)
    assert len(markup) < len(page) / 4  # the scripts were found and cut
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", markup)
    assert not re.search(r"""\bimport\b[^;]*from\s*["']https?://""", page)
    assert json.loads((out / "sections.json").read_text()) == SECTIONS
    for s in SECTIONS:
        assert f'<section id="{s}">' in page
    assert page.count('class="paper"') >= 5  # the paper's numbers beside each step
    assert "Plotly.newPlot" in page
    runs = list((out / "runs").rglob("*.jsonl"))
    assert len(runs) >= 10
    sizes = {p: p.stat().st_size for p in runs}
    # a second run samples nothing new: every run file is complete and is only read
    assert main(["demo", "--quick", "--out", str(out)]) == 0
    assert {p: p.stat().st_size for p in runs} == sizes
