#!/usr/bin/env python3
# test-help.py: the user guide — valid Mallard in every language, no broken
# links, every figure there in every language and small, the translations
# complete and up to date with the pages, and every label the guide names
# (<gui>) written as the application's own catalogue writes it.
#   test-help.py SOURCE_ROOT BUILD_ROOT
#
# Copyright 2026 The Cohort authors
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import re
import shutil
import subprocess
import sys
import tempfile

SRC, BUILD = sys.argv[1], sys.argv[2]
HELP = os.path.join(SRC, 'help')
LANGS = open(os.path.join(HELP, 'LINGUAS')).read().split()
MAX_FIGURE = 120 * 1024

failures = []


def fail(message):
    failures.append(message)
    print('FAIL:', message)


def run(*cmd):
    result = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return result.returncode, result.stdout.strip()


def parse_po(path):
    """msgctxt, msgid and msgstr (the first form of plurals) of each entry."""
    entries, cur, field = [], None, None
    for line in open(path, encoding='utf-8').read().split('\n') + ['']:
        line = line.strip()
        if not line or line.startswith('#'):
            if cur is not None and 'msgid' in cur and (not line or field is not None):
                entries.append(cur)
                cur, field = None, None
            continue
        m = re.match(r'(msgctxt|msgid_plural|msgid|msgstr\[0\]|msgstr\[\d+\]|msgstr) (".*")$', line)
        if m:
            if cur is None:
                cur = {}
            field = m.group(1)
            if field == 'msgstr[0]':
                field = 'msgstr'
            cur[field] = eval(m.group(2))
        elif line.startswith('"') and field is not None:
            cur[field] += eval(line)
    return [e for e in entries if e.get('msgid')]


def gui_labels(text):
    return [re.sub(r'<[^>]*>', '', g) for g in re.findall(r'<gui(?:\s[^>]*)?>(.*?)</gui>', text)]


def ui_key(label):
    """A label as the guide writes it: no mnemonic, numbers as N."""
    return re.sub(r'%[sud]|%l+d', 'N', label.replace('_', ''))


pages = re.findall(r"'([a-z-]+\.page)'", open(os.path.join(HELP, 'meson.build')).read())
media = re.findall(r"'(figures/[a-z-]+\.png)'", open(os.path.join(HELP, 'meson.build')).read())

# 1. Every page is listed in help/meson.build, and every figure a page shows.
on_disk = sorted(f for f in os.listdir(os.path.join(HELP, 'C')) if f.endswith('.page'))
if sorted(pages) != on_disk:
    fail('help/meson.build lists %s, help/C holds %s' % (sorted(pages), on_disk))
shown = set()
for p in on_disk:
    shown.update(re.findall(r'<media[^>]*src="([^"]+)"', open(os.path.join(HELP, 'C', p)).read()))
if shown != set(media):
    fail('figures shown by the pages %s differ from help_media %s' % (sorted(shown), sorted(media)))

# 2. Valid Mallard, links and figures, in English and in each built translation.
for lang in ['C'] + LANGS:
    guide = os.path.join(BUILD, 'help', 'guide', lang)
    if not os.path.isfile(os.path.join(guide, 'index.page')):
        fail('the guide in %s is not built in %s' % (lang, guide))
        continue
    for check in ('validate', 'links', 'media', 'orphans'):
        code, out = run('yelp-check', check, guide)
        if code != 0 or out:
            fail('yelp-check %s %s: %s' % (check, lang, out or 'exit %d' % code))
    html = os.path.join(BUILD, 'help', 'html', lang, 'index.html')
    if shutil.which('yelp-build') and not os.path.isfile(html):
        fail('no HTML guide in %s' % html)

# 3. Each language has its own figures (build-aux/help-figures.sh), kept small.
for lang in ['C'] + LANGS:
    for m in media:
        path = os.path.join(HELP, lang, m)
        if not os.path.isfile(path):
            fail('%s is missing: run build-aux/help-figures.sh' % path)
        elif os.path.getsize(path) > MAX_FIGURE:
            fail('%s is %d KB: crop it or make it smaller' % (path, os.path.getsize(path) // 1024))

# 4. The translations are complete and follow the pages as they are now.
with tempfile.TemporaryDirectory() as tmp:
    pot = os.path.join(tmp, 'cohort.pot')
    code, out = run('itstool', '-o', pot, *[os.path.join(HELP, 'C', p) for p in pages])
    if code != 0:
        fail('itstool: ' + out)
    wanted = {e['msgid'] for e in parse_po(pot) if not e['msgid'].startswith('external ref=')}

for lang in LANGS:
    po = os.path.join(HELP, lang, lang + '.po')
    code, out = run('msgfmt', '--check', '--statistics', '-o', os.devnull, po)
    if code != 0:
        fail('msgfmt %s: %s' % (po, out))
    entries = parse_po(po)
    have = {e['msgid']: e.get('msgstr', '') for e in entries}
    missing = sorted(wanted - set(have))
    if missing:
        fail('%s lacks %d messages of the pages (msgmerge it): %s' % (po, len(missing), missing[:3]))
    untranslated = sorted(m for m in wanted & set(have) if not have[m])
    if untranslated:
        fail('%s leaves %d messages untranslated: %s' % (po, len(untranslated), untranslated[:3]))
    if re.search(r'^#, .*fuzzy', open(po, encoding='utf-8').read(), re.M):
        fail('%s has fuzzy messages' % po)

    # 5. Labels: the guide's <gui> in English is a label of the application, and its
    #    translation is the one the application shows in this language.
    app = {}
    for e in parse_po(os.path.join(SRC, 'po', lang + '.po')):
        if not e.get('msgstr'):
            continue
        for key in (e['msgid'], e.get('msgid_plural')):
            if key:
                app.setdefault(ui_key(key), set()).add(ui_key(e['msgstr']))
    for msgid, msgstr in have.items():
        if not msgstr:
            continue
        en, tr = gui_labels(msgid), gui_labels(msgstr)
        if len(en) != len(tr):
            fail('%s: %d labels in "%s…", %d in its translation' % (lang, len(en), msgid[:50], len(tr)))
            continue
        for e, t in zip(en, tr):
            if e not in app:
                fail('the guide names “%s”, which Cohort does not show (po/%s.po)' % (e, lang))
                continue
            if t not in app[e]:
                fail('%s: the guide writes “%s” for “%s”; Cohort shows %s'
                     % (lang, t, e, ' or '.join('“%s”' % a for a in sorted(app[e]))))

# 6. The help-tree layout finds Cohort's own guide by the names the window opens.
for lang in ['C'] + LANGS:
    for page in ('index', 'import-list'):
        if not os.path.isfile(os.path.join(BUILD, 'help', 'guide', lang, page + '.page')):
            fail('no page %s in %s' % (page, lang))

if failures:
    sys.exit('%d problems in the user guide' % len(failures))
print('the user guide: %d pages, %d figures, %s' % (len(pages), len(media), ', '.join(['en'] + LANGS)))
