#!/usr/bin/env bash
# Checks the broadsheet tool's contract: exit codes, messages that say what and where,
# JSON that parses, JSON Lines in and out with ids, encodings.
#   tests/cli_test.sh BROADSHEET_EXECUTABLE TEST_DATA_DIR
set -uo pipefail
cli=$1
data=$2
page="$data/pages/tianjin-hexi-2025.txt"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

expect() {  # expect CODE DESCRIPTION -- COMMAND...
    local code=$1 what=$2
    shift 3
    "$@" >"$work/out" 2>"$work/err"
    local got=$?
    if [[ $got -ne $code ]]; then
        echo "FAIL: $what: exit $got, expected $code"; cat "$work/err"; failures=$((failures + 1))
    fi
}
contains() {  # contains FILE TEXT DESCRIPTION
    if ! grep -qF -- "$2" "$1"; then
        echo "FAIL: $3: '$2' not in $(basename "$1")"; head -5 "$1"; failures=$((failures + 1))
    fi
}

expect 1 "no command" -- "$cli"
expect 1 "unknown command" -- "$cli" frobnicate
expect 0 "help" -- "$cli" help
expect 0 "version" -- "$cli" version
contains "$work/out" "broadsheet " "version output"
for command in segment tokenize extract version; do
    expect 0 "$command --help" -- "$cli" "$command" --help
    contains "$work/out" "usage: broadsheet $command" "$command --help"
done
expect 1 "unknown option" -- "$cli" segment --frobnicate "$page"
contains "$work/err" "--frobnicate" "unknown option message"
expect 1 "bad --format" -- "$cli" segment --format xml "$page"
expect 1 "missing option value" -- "$cli" segment "$page" --format
expect 1 "bad --jobs" -- "$cli" segment --jobs many "$page"
expect 1 "bad --date" -- "$cli" segment --date 2025-02-30 "$page"
contains "$work/err" "2025-02-30" "bad date message"
expect 1 "bad --keywords" -- "$cli" segment --keywords bm25 "$page"
contains "$work/err" "bm25" "bad keyword method message"
expect 0 "segment with TextRank keywords" -- "$cli" segment --keywords text_rank "$page"
expect 0 "extract with TextRank keywords" -- "$cli" extract --keywords text_rank "$page"
expect 2 "missing file" -- "$cli" segment "$work/no-such-page.txt"
contains "$work/err" "no-such-page.txt" "missing file message"
expect 2 "missing dictionary" -- "$cli" tokenize --dict "$work/no-such.dict" "$page"
contains "$work/err" "no-such.dict" "missing dictionary message"

expect 0 "segment json" -- "$cli" segment "$page"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['schema_version']==1 and len(d['articles'])==5, d.keys()" "$work/out" \
    || { echo "FAIL: segment json does not parse or lacks articles"; failures=$((failures + 1)); }
expect 0 "segment text" -- "$cli" segment --format text "$page"
contains "$work/out" "金志成" "outline names the author"
expect 0 "segment html" -- "$cli" segment --format html "$page"
contains "$work/out" "<!DOCTYPE html>" "html page"
expect 0 "segment explain" -- "$cli" segment --explain "$page"
contains "$work/out" "headline" "explanation names classes"
expect 0 "segment from stdin" -- bash -c "'$cli' segment --jsonl - < '$page'"
[[ $(wc -l <"$work/out") -eq 1 ]] || { echo "FAIL: --jsonl should print one line"; failures=$((failures + 1)); }

# JSON Lines in, JSON Lines out, ids kept, order kept with several jobs.
python3 - "$page" >"$work/in.jsonl" <<'PY'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
for i in range(6):
    print(json.dumps({"id": f"p{i}", "text": text if i % 2 == 0 else "标题\n\n■ 通讯员 张三\n\n近日，活动举行。"}, ensure_ascii=False))
PY
expect 0 "jsonl input" -- "$cli" segment --input jsonl --jsonl --jobs 2 "$work/in.jsonl"
python3 -c "
import json,sys
ids=[json.loads(l)['id'] for l in open(sys.argv[1])]
assert ids==['p0','p1','p2','p3','p4','p5'], ids" "$work/out" \
    || { echo "FAIL: jsonl ids or order"; failures=$((failures + 1)); }
printf '{"id": 1, "text": "ok"}\nnot json\n' >"$work/bad.jsonl"
expect 2 "malformed jsonl line" -- "$cli" segment --input jsonl --jsonl "$work/bad.jsonl"
contains "$work/err" "bad.jsonl:2" "malformed jsonl line names file and line"

# Encodings: GBK bytes are refused as UTF-8 with the likely encoding named, read with auto.
iconv -f UTF-8 -t GBK "$page" >"$work/gbk.txt"
expect 2 "gbk read as utf-8" -- "$cli" segment "$work/gbk.txt"
contains "$work/err" "gb18030" "encoding error names the likely encoding"
expect 0 "gbk with --encoding auto" -- "$cli" segment --encoding auto --format text "$work/gbk.txt"
contains "$work/out" "金志成" "gbk page segmented"

expect 0 "tokenize words" -- bash -c "echo '2025年11月28日，河西区' | '$cli' tokenize"
contains "$work/out" "2025年11月28日" "date token"
expect 0 "extract" -- bash -c "printf '标题\n本报记者 张三\n昨天，会议召开。\n' | '$cli' extract --date 2025-11-28"
contains "$work/out" "2025-11-27" "relative date resolved"

if [[ $failures -eq 0 ]]; then echo "cli: all checks passed"; fi
exit $((failures > 0))
