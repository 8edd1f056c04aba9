#!/usr/bin/env python3
# help-tree.py: lays out the user guide in the build tree, so that Cohort finds it
# without being installed, and renders it as HTML for computers without a help viewer.
#
#   guide/<lang>/*.page and guide/<lang>/figures/*.png   (C: the source pages; other
#                                                          languages: merged with itstool)
#   html/<lang>/*.html                                    (with yelp-build, when present)
#
# A language without its own figure gets the English one. Called by help/meson.build.
#
# Copyright 2026 The Cohort authors
# SPDX-License-Identifier: GPL-3.0-or-later
import argparse
import os
import shutil
import subprocess
import sys
import tempfile


def run(*cmd):
    result = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if result.returncode != 0:
        sys.exit('help-tree: %s failed:\n%s' % (' '.join(cmd), result.stdout))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--srcdir', required=True)
    ap.add_argument('--outdir', required=True)
    ap.add_argument('--itstool', required=True)
    ap.add_argument('--msgfmt', required=True)
    ap.add_argument('--yelp-build')
    ap.add_argument('--stamp', required=True)
    ap.add_argument('--languages', required=True)
    ap.add_argument('--pages', required=True)
    ap.add_argument('--media', required=True)
    args = ap.parse_args()

    pages = args.pages.split(',')
    media = args.media.split(',')
    html_root = os.path.join(args.outdir, 'html')
    shutil.rmtree(html_root, ignore_errors=True)
    os.makedirs(html_root)

    for lang in args.languages.split(','):
        guide = os.path.join(args.outdir, 'guide', lang)
        shutil.rmtree(guide, ignore_errors=True)
        os.makedirs(guide)
        sources = [os.path.join(args.srcdir, 'C', p) for p in pages]
        if lang == 'C':
            for s in sources:
                shutil.copy(s, guide)
        else:
            with tempfile.TemporaryDirectory() as tmp:
                mo = os.path.join(tmp, lang + '.mo')
                run(args.msgfmt, '-o', mo, os.path.join(args.srcdir, lang, lang + '.po'))
                run(args.itstool, '-m', mo, '--lang', lang, '-o', guide + os.sep, *sources)
        for m in media:
            own = os.path.join(args.srcdir, lang, m)
            src = own if os.path.isfile(own) else os.path.join(args.srcdir, 'C', m)
            os.makedirs(os.path.dirname(os.path.join(guide, m)), exist_ok=True)
            shutil.copy(src, os.path.join(guide, m))

        if args.yelp_build:
            html = os.path.join(html_root, lang)
            os.makedirs(html)
            run(args.yelp_build, 'html', '-o', html + os.sep, guide)
            # yelp-build writes the pages; the figures they show come along here.
            for m in media:
                os.makedirs(os.path.dirname(os.path.join(html, m)), exist_ok=True)
                shutil.copy(os.path.join(guide, m), os.path.join(html, m))

    with open(args.stamp, 'w') as f:
        f.write('')


if __name__ == '__main__':
    main()
