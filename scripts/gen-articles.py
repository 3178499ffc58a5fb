#!/usr/bin/env python3
"""Writes N articles into DIR for load benchmarks: the seed articles over and over, each copy
with its people renamed and its numbers varied, so that no two files are alike.

Usage: scripts/gen-articles.py N DIR
"""
import os
import re
import sys

GIVEN = "Anna Pavel Maria John Olena Rahul Chen Fatima Lars Ines".split()
FAMILY = "Kowalski Okafor Lindqvist Moreau Tanaka Ibrahim Novak Silva Ushakov Witkoff".split()
PEOPLE = [("Yuri", "Ushakov"), ("Steve", "Witkoff"), ("Vladimir", "Putin"), ("Jared", "Kushner")]


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "seeds")
    seeds = [open(os.path.join(root, f), encoding="utf-8").read() for f in sorted(os.listdir(root))]
    os.makedirs(out, exist_ok=True)
    for i in range(n):
        text = seeds[i % len(seeds)]
        copy = i // len(seeds)
        for k, (given, family) in enumerate(PEOPLE):
            g = GIVEN[(copy + k) % len(GIVEN)]
            f = FAMILY[(copy // 3 + k) % len(FAMILY)]
            text = text.replace(f"{given} {family}", f"{g} {f}").replace(family, f)
        text = re.sub(r"\d+", lambda m: str((int(m.group()) + copy) % 1000), text)
        with open(os.path.join(out, f"{i:06d}.txt"), "w", encoding="utf-8") as fh:
            fh.write(text)


if __name__ == "__main__":
    main()
