#!/usr/bin/python3
"""Rebuilds the subset fonts from Debian's packages (fonts-noto-cjk, fonts-noto-core) with fontTools.

Run from the repository's root: /usr/bin/python3 assets/fonts/subset.py
Chinese: every hanzi of GB2312 (levels 1 and 2, 6,763), CJK punctuation, full-width forms, and
every CJK character the zh messages use. Arabic: the Arabic blocks only (with the presentation
forms the window draws), so Latin, digits and spaces keep coming from DejaVu Sans.
"""
import glob
import subprocess
import sys

CJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
ARABIC = "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf"

codes = set()
for hi in range(0xB0, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            codes.add(ord(bytes([hi, lo]).decode("gb2312")))
        except UnicodeDecodeError:
            pass
for path in glob.glob("assets/locales/zh/*.ftl"):
    codes |= {ord(c) for c in open(path, encoding="utf-8").read() if ord(c) >= 0x2E80}
codes |= set(range(0x3000, 0x3040)) | set(range(0xFF00, 0xFFF0))
with open("/tmp/zh-unicodes.txt", "w") as f:
    f.write(",".join("U+%04X" % c for c in sorted(codes)))

common = [sys.executable, "-m", "fontTools.subset", "--layout-features=", "--no-hinting"]
# Font 2 of the collection is Noto Sans CJK SC (Simplified Chinese forms).
subprocess.run(common + [CJK, "--font-number=2", "--unicodes-file=/tmp/zh-unicodes.txt",
                         "--output-file=assets/fonts/NotoSansSC-Subset.otf"], check=True)
subprocess.run(common + [ARABIC, "--unicodes=U+0600-06FF,U+0750-077F,U+08A0-08FF,U+FB50-FDFF,U+FE70-FEFC",
                         "--output-file=assets/fonts/NotoSansArabic-Subset.ttf"], check=True)
