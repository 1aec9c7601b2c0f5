#!/usr/bin/env python3
"""Derive the English reporting-cue inventory from PolNeAR's TRAINING annotations.

usage: derive_en_cues.py POLNEAR_TRAIN_DIR [--min 5] [--rate 0.5]
  POLNEAR_TRAIN_DIR holds text/*.txt and ann/*.ann (BRAT); e.g. ../shared/eval/polnear/train.

Reads only the training split. For every annotated Cue span it reduces the span to a head lemma
("has said", "also says", "said in a statement" -> say) and records the inflected form and the frame
it was used in (that-clause, colon, quotation, tag after the content, infinitive, plain object).
For every head it then counts how often its forms occur in the training texts at all, so the cue
rate (annotated / occurring) separates reporting verbs from look-alikes ("states", "points").
Prints one tab-separated line per head: head, cues, rate, forms (form:cues/occurrences), frames. Nothing of the articles'
text is written anywhere; the output is a table of words and counts, used by hand to extend
`assets/lexicon/en.ron` (all inflected forms, in its Speech/Strong classes).
"""
import collections
import os
import re
import sys

# Words that are not the head of a cue span: auxiliaries, adverbs, negation, particles.
SKIP = set("""has have had having is are was were be been being will would could can may might should must did does do
also later then again previously recently repeatedly often once already still now just first further publicly
privately reportedly allegedly not never n't to in a an the on at for with by of as it this that his her their
its he she they we i you who which and but or so even only quickly immediately initially""".split())
IRREGULAR = {"said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write", "thought": "think",
             "felt": "feel", "found": "find", "saw": "see", "seen": "see", "knew": "know", "known": "know",
             "spoke": "speak", "spoken": "speak", "held": "hold", "made": "make", "took": "take", "gave": "give",
             "given": "give", "read": "read", "put": "put", "meant": "mean", "taught": "teach", "sought": "seek",
             "brought": "bring", "led": "lead", "left": "leave", "went": "go", "gone": "go", "got": "get",
             "became": "become", "came": "come", "ran": "run", "began": "begin", "begun": "begin",
             "understood": "understand", "forecast": "forecast", "broadcast": "broadcast"}
WORD = re.compile(r"[a-z][a-z'’-]*")


def lemma(word):
    """A rough lemma key of an English verb form, enough to group its inflections
    (said/says/say -> say; argue/argued/argues/arguing -> argu)."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    stem = word
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            stem = word[: len(word) - len(suffix)] + repl
            if suffix in ("ing", "ed") and stem[-1] == stem[-2] and stem[-1] not in "ls":
                stem = stem[:-1]  # admitted -> admit
            break
    return stem[:-1] if stem.endswith("e") and len(stem) > 3 else stem


def head_of(cue):
    """The head word of a cue span and its form, or None (punctuation, pronoun-only spans)."""
    for w in WORD.findall(cue.lower()):
        if w not in SKIP:
            return lemma(w), w
    return None


def parse(ann_path):
    spans, events = {}, []
    for line in open(ann_path, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T") and len(parts) >= 3:
            kind, rest = parts[1].split(" ", 1)
            offs = [tuple(map(int, p.split())) for p in rest.split(";")]
            spans[parts[0]] = (kind, offs)
        elif parts[0].startswith("E"):
            events.append(dict(p.split(":") for p in parts[1].split()))
    return spans, events


def frame(text, cue_end, content):
    """How the cue governs its content: tag (content before), colon, quote, that, to, object."""
    if content and content[0][0] < cue_end and content[-1][1] <= cue_end + 2:
        return "tag"
    after = text[cue_end:cue_end + 12].lstrip()
    if after.startswith(":"):
        return "colon"
    if after[:1] in "\"“‘'":
        return "quote"
    nxt = WORD.match(after.lower())
    if nxt and nxt.group(0) in ("that", "whether", "if", "how", "why", "what"):
        return "that"
    if nxt and nxt.group(0) == "to":
        return "to"
    return "object"


def main():
    root = sys.argv[1]
    min_count = int(sys.argv[sys.argv.index("--min") + 1]) if "--min" in sys.argv else 5
    min_rate = float(sys.argv[sys.argv.index("--rate") + 1]) if "--rate" in sys.argv else 0.0
    anns = sorted(os.listdir(os.path.join(root, "ann")))
    cues = collections.Counter()
    forms = collections.defaultdict(collections.Counter)
    frames = collections.defaultdict(collections.Counter)
    occurs = collections.Counter()
    for name in sorted(os.listdir(os.path.join(root, "text"))):
        base = name[:-4]
        cand = [a for a in anns if a.startswith(base + "_") or a == base + ".ann"]
        if not cand:
            continue
        text = open(os.path.join(root, "text", name), encoding="utf-8").read()
        occurs.update(WORD.findall(text.lower()))
        spans, events = parse(os.path.join(root, "ann", cand[0]))
        for e in events:
            if "Cue" not in e or e["Cue"] not in spans:
                continue
            offs = spans[e["Cue"]][1]
            found = head_of(" ".join(text[a:b] for a, b in offs))
            if not found:
                continue
            head, form = found
            cues[head] += 1
            forms[head][form] += 1
            content = spans.get(e.get("Content"), (None, []))[1]
            frames[head][frame(text, offs[-1][1], content)] += 1
    print("head\tcues\trate\tforms\tframes")
    for head, n in cues.most_common():
        if n < min_count:
            break
        seen = sum(occurs[f] for f in forms[head])
        rate = n / seen if seen else 0.0
        if rate < min_rate:
            continue
        fs = ",".join(f"{f}:{c}/{occurs[f]}" for f, c in forms[head].most_common())
        fr = ",".join(f"{f}:{c}" for f, c in frames[head].most_common())
        print(f"{head}\t{n}\t{rate:.2f}\t{fs}\t{fr}")


if __name__ == "__main__":
    main()
