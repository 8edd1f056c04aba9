/* cohort-list-text.c
 *
 * Copyright 2026 The Cohort authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text of official lists as pango layouts: the fonts of each script, and
 * the measures the renderer lays pages out with.
 */
#define G_LOG_DOMAIN "cohort-list-text"

#include "config.h"

#include <pango/pangocairo.h>
#ifdef HAVE_PANGO_FC
#include <fontconfig/fontconfig.h>
#include <pango/pangofc-fontmap.h>
#endif

#include "cohort-list-text-private.h"

#ifdef HAVE_PANGO_FC
/* The system's fonts and rules, as cohort-cli sees them. The window adds a
 * rule of its own that puts Noto Sans Lao before any family asked for Lao
 * text (cohort-i18n.c); through it, printing would draw Lao in Noto Sans
 * Lao while the PDF of the same list, from cohort-cli, has Phetsarath OT. */
static FcConfig *
system_font_config (void)
{
  static gsize config = 0;

  if (g_once_init_enter (&config))
    g_once_init_leave (&config, (gsize) FcInitLoadConfigAndFonts ());
  return (FcConfig *) config;
}
#endif

/**
 * _cohort_list_context_new:
 *
 * Text is measured without hinting, at 72 units to the inch, so pages come
 * out the same on a PDF surface and on a printer's cairo context whose unit
 * is the point.
 *
 * Returns: (transfer full): a context for the text of official documents,
 *   over a font map of its own: pango's default one belongs to one thread,
 *   and PDF files are written in a worker thread
 */
PangoContext *
_cohort_list_context_new (void)
{
  g_autoptr(PangoFontMap) font_map = pango_cairo_font_map_new ();
  PangoContext *context;
  cairo_font_options_t *options;

#ifdef HAVE_PANGO_FC
  if (PANGO_IS_FC_FONT_MAP (font_map) && system_font_config () != NULL)
    pango_fc_font_map_set_config (PANGO_FC_FONT_MAP (font_map), system_font_config ());
#endif
  context = pango_font_map_create_context (font_map);
  pango_cairo_context_set_resolution (context, 72);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_language (context, pango_language_from_string ("vi"));
  return context;
}

static gboolean
is_lao (gunichar c)
{
  return c >= 0x0E80 && c <= 0x0EFF;
}

/* Each run of Lao letters gets the Lao fonts and each run of other letters
 * the Vietnamese one, whatever the script of the text around them: a Lao
 * heading may hold "STT", a Vietnamese note a Lao place name. Spaces, digits
 * and punctuation stay with the run they are in. */
static PangoAttrList *
script_attributes (const char       *text,
                   CohortListScript  base)
{
  PangoAttrList *attrs = pango_attr_list_new ();
  CohortListScript current = base;
  const char *run_start = text;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      CohortListScript script;

      if (is_lao (c))
        script = COHORT_LIST_SCRIPT_LAO;
      else if (g_unichar_isalpha (c))
        script = COHORT_LIST_SCRIPT_VIETNAMESE;
      else
        continue;
      if (script == current)
        continue;
      if (current != base && p > run_start)
        {
          PangoAttribute *attr = pango_attr_family_new (current == COHORT_LIST_SCRIPT_LAO ? COHORT_LIST_FAMILY_LAO
                                                                                           : COHORT_LIST_FAMILY_VIETNAMESE);
          attr->start_index = run_start - text;
          attr->end_index = p - text;
          pango_attr_list_insert (attrs, attr);
        }
      current = script;
      run_start = p;
    }
  if (current != base)
    {
      PangoAttribute *attr = pango_attr_family_new (current == COHORT_LIST_SCRIPT_LAO ? COHORT_LIST_FAMILY_LAO
                                                                                       : COHORT_LIST_FAMILY_VIETNAMESE);
      attr->start_index = run_start - text;
      attr->end_index = G_MAXUINT;
      pango_attr_list_insert (attrs, attr);
    }
  return attrs;
}

void
_cohort_list_layout_set_width (PangoLayout *layout,
                               double       width)
{
  if (width <= 0)
    return;
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
}

/**
 * _cohort_list_layout_new:
 * @width: in points; the text wraps inside it; 0: as wide as the text
 *
 * Returns: (transfer full): @text in @script's font, each run of the other
 *   script in its own
 */
PangoLayout *
_cohort_list_layout_new (PangoContext     *context,
                         const char       *text,
                         CohortListScript  script,
                         double            size,
                         CohortListFace    face,
                         double            width,
                         PangoAlignment    align)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) desc = NULL;
  g_autoptr(PangoAttrList) attrs = NULL;

  /* Not pango_font_description_from_string (): it would read "Roman" as a
   * style and look for a family "Times New". */
  desc = pango_font_description_new ();
  pango_font_description_set_family (desc, script == COHORT_LIST_SCRIPT_LAO ? COHORT_LIST_FAMILY_LAO : COHORT_LIST_FAMILY_VIETNAMESE);
  pango_font_description_set_size (desc, (int) (size * PANGO_SCALE));
  if (face == COHORT_LIST_FACE_BOLD)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  else if (face == COHORT_LIST_FACE_ITALIC)
    pango_font_description_set_style (desc, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, desc);

  text = text != NULL ? text : "";
  pango_layout_set_text (layout, text, -1);
  attrs = script_attributes (text, script);
  pango_layout_set_attributes (layout, attrs);
  _cohort_list_layout_set_width (layout, width);
  pango_layout_set_alignment (layout, align);
  return layout;
}

double
_cohort_list_layout_height (PangoLayout *layout)
{
  int height;

  if (layout == NULL)
    return 0;
  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

/* The width of the longest line, for the rules under the agency and motto. */
double
_cohort_list_layout_line_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  return logical.width;
}

/* The width of the longest word (or date, or number) of @layout, laid out
 * on one line: what its column needs so that only spaces break lines. */
double
_cohort_list_layout_min_width (PangoLayout *layout)
{
  const char *text = pango_layout_get_text (layout);
  const PangoLogAttr *attrs;
  const char *p = text;
  const char *start = NULL;   /* of the word being measured */
  double left = 0;
  double widest = 0;
  int n_attrs;

  attrs = pango_layout_get_log_attrs_readonly (layout, &n_attrs);
  for (int i = 0; i < n_attrs; i++, p = *p ? g_utf8_next_char (p) : p)
    {
      PangoRectangle pos;

      if (attrs[i].is_line_break || *p == '\0')
        start = NULL;
      if (*p == '\0')
        break;
      if (attrs[i].is_white)
        continue;
      pango_layout_index_to_pos (layout, p - text, &pos);
      if (start == NULL)
        {
          start = p;
          left = (double) MIN (pos.x, pos.x + pos.width) / PANGO_SCALE;
        }
      widest = MAX (widest, (double) MAX (pos.x, pos.x + pos.width) / PANGO_SCALE - left);
    }
  return widest;
}
