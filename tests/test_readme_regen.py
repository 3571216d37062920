"""evals/tools/regen_readme.py (issues 12 and 15): the README's tool outputs are found, trimmed as
their notes say and their notes re-dated, without running the model (the runs are the tool's)."""
import importlib.util
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("regen_readme", ROOT / "evals" / "tools" / "regen_readme.py")
regen = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("regen_readme", regen)  # its dataclass looks itself up there
_spec.loader.exec_module(regen)


def test_every_summarize_block_of_the_readme_is_found_with_a_note_naming_its_main():
    lines = (ROOT / "README.md").read_text(encoding="utf-8").split("\n")
    blocks = regen.find_blocks(lines)
    kinds = [b.kind for b in blocks]
    assert {"seed", "json", "check", "eval", "digest", "suite"} <= set(kinds), kinds
    for b in blocks:
        if b.kind in ("seed", "eval"):
            s, e = regen.note_before(lines, b)
            assert regen.SHA.search("\n".join(lines[s:e])), f"no 'main <sha>' above `{b.command}`"
        if b.kind == "digest":
            s, e = regen.note_after(lines, b)
            assert regen.SHA.search("\n".join(lines[s:e])), "no 'main <sha>' below the digest block"


def test_long_lines_keep_head_tail_and_offsets():
    quote = "     “" + "word " * 40 + "end.” [12:345, exact]"
    out = regen.elide(quote, 144, 100, 20)
    assert out.endswith(" [12:345, exact]") and "…" in out
    assert out.startswith(quote[:100]) and len(out) == 100 + 1 + 20 + len(" [12:345, exact]")
    assert regen.elide("short line", 144, 100, 20) == "short line"


def test_seed_output_keeps_warnings_whole():
    warning = "warning: " + "x" * 200
    assert regen.trim_seed(warning + "\n") == [warning]


def test_json_keeps_the_claims_and_warnings_the_note_names_and_updates_its_counts():
    doc = {"claims": [{"id": f"c{i}"} for i in range(1, 10)], "warnings": ["a", "b", "c", "d"]}
    note = "**trimmed**: 2 of its 13 claims (c2 and c7) and 1 of its 7 warnings are shown"
    body, new_note = regen.trim_json(json.dumps(doc), note)
    kept = json.loads("\n".join(body))
    assert [c["id"] for c in kept["claims"]] == ["c2", "c7"] and kept["warnings"] == ["a"]
    assert "2 of its 9 claims" in new_note and "1 of its 4 warnings" in new_note


def test_eval_leaves_out_cost_and_per_article_sections():
    out = "# Eval: m\n\n| t |\n\n## Cost\n\n| c |\n\n## Claim F1 per article\n\n| a |\n\n## Gate\n\n| g |\n"
    kept = regen.trim_eval(out)
    assert "## Cost" not in kept and "| a |" not in kept and "| c |" not in kept
    assert kept.count("…") == 1 and "## Gate" in kept and "| g |" in kept


def test_digest_keeps_the_first_lines_the_note_names_and_counts_the_rest():
    out = "\n".join(f"line {i}" for i in range(50)) + "\n"
    body, note = regen.trim_digest(out, "(Regenerated on main abc1234: the first 3 lines of 262, long lines")
    assert body == ["line 0", "line 1", "line 2", "…"]
    assert "first 3 lines of 50" in note
    assert re.search(r"main abc1234", note)  # the sha is the caller's to change
