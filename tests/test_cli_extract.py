"""``finnorm parse`` / ``finnorm extract`` as a user runs them: output and exit codes."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "finnorm.cli", *args], input=stdin,
                          capture_output=True, text=True, cwd=ROOT)


def test_parse_json() -> None:
    r = run("parse", "¥670.9 billion", "--format", "json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == {"amount": "670900000000", "currency": "JPY", "per": None}


def test_parse_nothing_exits_1_with_one_line() -> None:
    r = run("parse", "no money here")
    assert r.returncode == 1
    assert r.stdout == "" and len(r.stderr.strip().splitlines()) == 1
    assert "Traceback" not in r.stderr


def test_parse_locale_decides_bare_dollar() -> None:
    r = run("parse", "$1.08 billion", "--locale", "en_AU", "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert rows == [{"amount": "1080000000", "currency": "AUD", "per": ""}]


def test_extract_example_document_jsonl() -> None:
    r = run("extract", "examples/nissan.txt", "--locale", "en_AU", "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [(x["amount"], x["currency"]) for x in rows][:2] == [
        ("670900000000", "JPY"), ("7100000000", "AUD")]
    first = rows[0]
    assert set(first) >= {"text", "start", "end", "amount", "currency", "upper", "qualifier",
                          "per", "inferred", "uncertain", "reason"}
    assert first["period"]["start"] == "2024-04-01" and first["period"]["end"] == "2025-03-31"
    text = (ROOT / "examples" / "nissan.txt").read_text(encoding="utf-8")
    for x in rows:
        assert text[x["start"]:x["end"]] == x["text"]


def test_extract_stdin_table() -> None:
    r = run("extract", "-", stdin="It cost €3bn–€4bn, about $5 billion.")
    assert r.returncode == 0
    lines = r.stdout.splitlines()
    assert lines[0].split()[:4] == ["text", "start", "end", "amount"]
    assert "3000000000" in lines[2] and "4000000000" in lines[2]
    assert "approximately" in lines[3]


def test_extract_with_conversion() -> None:
    r = run("extract", "-", "--to", "AUD", "--on", "2025-05-13", "-f", "json",
            stdin="a loss of ¥670.9 billion")
    assert r.returncode == 0, r.stderr
    (row,) = json.loads(r.stdout)
    assert row["to"] == "AUD" and row["rate_date"] == "2025-05-13" and row["source"] == "ecb"
    assert row["converted"].startswith("7067661077.69880")


@pytest.mark.parametrize("args", [["extract", "missing-file.txt"], ["parse"],
                                  ["extract", "-", "--format", "xml"], ["nosuchcommand"],
                                  ["extract", "-", "--calendar", "NOPE"],
                                  ["extract", "-", "--to", "EUR", "--source", "nope"]])
def test_usage_errors_exit_2(args: list[str]) -> None:
    r = run(*args, stdin="")
    assert r.returncode == 2
    assert "Traceback" not in r.stderr and r.stderr.strip()


# ------------------------------------------------------------------ input: bytes, stdin, files
def run_bytes(*args: str, stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "finnorm.cli", *args], input=stdin,
                          capture_output=True, cwd=ROOT)


TEXT = "Line one.\r\n\r\nA loss of ¥670.9 billion (A$7.1 billion).\r\nThen €3bn.\r\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le+bom",
                                      "utf-16-be+bom", "utf-32"])
def test_stdin_decoded_by_bom_with_the_offsets_of_a_file(encoding: str, tmp_path: Path) -> None:
    import codecs

    boms = {"utf-16-le+bom": (codecs.BOM_UTF16_LE, "utf-16-le"),
            "utf-16-be+bom": (codecs.BOM_UTF16_BE, "utf-16-be")}
    bom, enc = boms.get(encoding, (b"", encoding))
    data = bom + TEXT.encode(enc)
    f = tmp_path / "in.txt"
    f.write_bytes(data)
    from_stdin = run_bytes("extract", "-", "-f", "jsonl", stdin=data)
    from_file = run_bytes("extract", str(f), "-f", "jsonl", stdin=b"")
    assert from_stdin.returncode == 0, from_stdin.stderr
    assert from_stdin.stdout == from_file.stdout
    rows = [json.loads(x) for x in from_stdin.stdout.decode().splitlines()]
    assert [r["text"] for r in rows] == ["¥670.9 billion", "A$7.1 billion", "€3bn"]
    for r in rows:  # code points of the text as read: CRLF counts two
        assert TEXT[r["start"]:r["end"]] == r["text"]


@pytest.mark.parametrize("data", [b"caf\xe9 $5", b"\xff\xfe\x00", b"$5 \xe2\x82"],
                         ids=["latin1", "bad-utf16", "truncated"])
def test_undecodable_input_is_a_usage_error(data: bytes, tmp_path: Path) -> None:
    r = run_bytes("extract", "-", stdin=data)
    assert r.returncode == 2
    err = r.stderr.decode()
    assert len(err.strip().splitlines()) == 1 and "offset" in err and "Traceback" not in err
    f = tmp_path / "bad.txt"
    f.write_bytes(data)
    assert run_bytes("extract", str(f), stdin=b"").returncode == 2
    assert run_bytes("parse", "-", stdin=data).returncode == 2


def test_parse_reads_utf16_stdin() -> None:
    r = run_bytes("parse", "-", "-f", "csv", stdin="¥670.9 billion".encode("utf-16"))
    assert r.returncode == 0, r.stderr
    assert r.stdout.decode().splitlines()[1] == "670900000000,JPY,"


# ------------------------------------------------------------------ many inputs, JSON Lines, Parquet
def test_many_files_get_an_id_column(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("€3bn and ¥5", encoding="utf-8")
    b.write_text("nothing; then $2", encoding="utf-8")
    r = run("extract", str(a), str(b), "-f", "csv")
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [(x["id"], x["text"]) for x in rows] == [(str(a), "€3bn"), (str(a), "¥5"),
                                                    (str(b), "$2")]


def test_jsonl_input_ids_and_errors(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "r1", "text": "€3bn"}\n{"text": "¥5"}\n\n{"id": 9, "text": null}\n'
                   'not json\n{"id": 5}\n{"id": 3, "text": "$2"}\n', encoding="utf-8")
    r = run("extract", "--jsonl", str(src), "-f", "jsonl")
    assert r.returncode == 2 and f"{src}:5" in r.stderr
    r = run("extract", "--jsonl", str(src), "-f", "jsonl", "--errors", "coerce")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert [(x["id"], x["text"], x["error"]) for x in rows] == [
        ("r1", "€3bn", None), (f"{src}:2", "¥5", None),
        (f"{src}:5", None, f"{src}:5: not a JSON object with a 'text' string"),
        (f"{src}:6", None, f"{src}:6: not a JSON object with a 'text' string"), (3, "$2", None)]


def test_json_is_streamed_in_the_same_shape_as_before(tmp_path: Path) -> None:
    r = run("extract", "-", "-f", "json", stdin="€3bn and ¥5")
    rows = json.loads(r.stdout)
    assert [x["text"] for x in rows] == ["€3bn", "¥5"]
    assert json.loads(run("extract", "-", "-f", "json", stdin="nothing").stdout) == []


def test_parquet_output_has_the_arrow_schema(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from finnorm.arrow import mentions_schema

    out = tmp_path / "m.parquet"
    r = run("extract", "examples/nissan.txt", "-l", "en_AU", "-f", "parquet", "-o", str(out))
    assert r.returncode == 0, r.stderr
    table = pq.read_table(out)
    assert table.schema.equals(mentions_schema(pa.string()), check_metadata=False)
    jl = run("extract", "examples/nissan.txt", "-l", "en_AU", "-f", "jsonl")
    want = [json.loads(x) for x in jl.stdout.splitlines()]
    got = table.to_pylist()
    assert [(g["mention"], g["start"], g["amount"], g["currency"], g["period"])
            for g in got] == [(w["text"], w["start"], Decimal(w["amount"]), w["currency"],
                               w["period"]["label"] if w["period"] else None) for w in want]


def test_parquet_to_stdout_and_with_conversion(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    r = run_bytes("extract", "-", "-f", "parquet", "--to", "USD", "--on", "2025-05-13",
                  stdin="a loss of ¥670.9 billion".encode())
    assert r.returncode == 0, r.stderr
    (row,) = pq.read_table(io.BytesIO(r.stdout)).to_pylist()
    assert row["converted"] == Decimal(json.loads(run(
        "extract", "-", "-f", "jsonl", "--to", "USD", "--on", "2025-05-13",
        stdin="a loss of ¥670.9 billion").stdout)["converted"]) and row["to"] == "USD"


def test_no_progress_line_when_piped() -> None:
    r = run("extract", "examples/nissan.txt", "-f", "jsonl")
    assert r.returncode == 0 and r.stderr == ""


def test_progress_line_on_a_terminal(tmp_path: Path) -> None:
    import os
    import pty

    out = tmp_path / "o.jsonl"
    pid, fd = pty.fork()
    if pid == 0:  # child: stderr is the terminal, the output a file
        os.chdir(ROOT)
        os.execv(sys.executable, [sys.executable, "-m", "finnorm.cli", "extract",
                                  "examples/nissan.txt", "-f", "jsonl", "-o", str(out)])
    seen = b""
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    os.waitpid(pid, 0)
    assert b"finnorm extract:" in seen and b"1/1 files" in seen
    assert len(out.read_text(encoding="utf-8").splitlines()) == 6


def test_unknown_locale_is_a_usage_error() -> None:
    r = run("extract", "-", "--locale", "xx_YY", stdin="$5")
    assert r.returncode == 2 and "unknown locale" in r.stderr


@pytest.mark.parametrize("fmt", ["csv", "json", "table"])
def test_amounts_print_plain_never_with_an_exponent(fmt: str) -> None:
    out = run("extract", "--format", fmt, "--to", "EUR", "--on", "2024-01-05",
              stdin="a fee of $0.00000001 and $70,000,000,000,000").stdout
    assert "0.00000001" in out and "70000000000000" in out
    assert "E-" not in out and "E+" not in out
