"""Template helpers for the public pages: safe snippets, facet links, localised names,
and the monthly bar chart."""

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from meetings.search import HIGHLIGHT_START, HIGHLIGHT_STOP

register = template.Library()

# The month chart's geometry, in SVG user units. The svg scales to its column and its
# text (11px in archive.css) scales with it, so these proportions hold at any width.
CHART_WIDTH = 720
CHART_AXIS_WIDTH = 36  # left of the bars: the count labels, up to five digits
CHART_TOP = 8  # above the bars: room for the top half of the peak's label
CHART_HEIGHT = 160  # the bars' own height
CHART_LABEL_ROW = 14  # one row of month or year labels under the bars
# Time labels are centred at least this far apart, wider than the longest month name
# (سبتمبر) or a year, so that no two labels ever touch.
CHART_LABEL_SPACING = 48
# Label every month, or every so many months: the chart takes the finest step that
# keeps CHART_LABEL_SPACING. Steps under a year divide it, so January is always
# labelled; longer ones are whole years (1, 2, 5, 10): every ten years keeps labels
# apart even over the archive's whole span, 1945 to now.
CHART_LABEL_STEPS = (1, 2, 3, 6, 12, 24, 60, 120)


@register.filter
def highlight(headline: str) -> str:
    """Escape a search snippet, then turn only our own match markers into <mark>."""
    html = escape(headline).replace(HIGHLIGHT_START, "<mark>").replace(HIGHLIGHT_STOP, "</mark>")
    return mark_safe(html)


@register.filter
def local_name(obj) -> str:
    """A country's or topic's name in the page's language (Arabic unless English)."""
    return obj.name_en if get_language() == "en" else obj.name_ar


@register.simple_tag(takes_context=True)
def toggle_filter(context, name: str, value=None) -> str:
    """This page's query string with ``value`` added to or removed from filter ``name``
    (with no value, the whole parameter removed).

    The page number is dropped: the result set changes, so page 1 is the right start.
    """
    params = context["request"].GET.copy()
    values = params.getlist(name)
    if value is None:
        params.pop(name, None)
    else:
        value = str(value)
        chosen = value in values
        params.setlist(name, [v for v in values if v != value] if chosen else [*values, value])
    params.pop("page", None)
    return f"?{params.urlencode()}"


@register.simple_tag(takes_context=True)
def hidden_filters(context, *excluded: str) -> str:
    """Hidden inputs carrying this page's filters into a form, except ``excluded``."""
    params = context["request"].GET
    inputs = [
        f'<input type="hidden" name="{escape(name)}" value="{escape(value)}">'
        for name, values in params.lists()
        if name not in excluded and name != "page"
        for value in values
    ]
    return mark_safe("".join(inputs))


@register.inclusion_tag("meetings/_month_chart.html")
def month_chart(counts, title: str):
    """A server-rendered SVG bar chart of meetings per month (no script, no CDN): a
    count axis on the left, and month or year labels along the bottom that never
    overlap.

    ``counts`` is a list of (first day of a month, count), oldest first, with no gaps.
    Time runs left to right in either language, as on a printed Arabic chart.
    """
    peak = max((count for _month, count in counts), default=0)
    bottom = CHART_TOP + CHART_HEIGHT
    slot = (CHART_WIDTH - CHART_AXIS_WIDTH) / max(len(counts), 1)

    def y(count: int) -> float:
        return round(bottom - count / peak * CHART_HEIGHT, 2) if peak else bottom

    bars = []
    for index, (month, count) in enumerate(counts):
        x = CHART_AXIS_WIDTH + index * slot
        bars.append(
            {
                "month": month,
                "count": count,
                "x": round(x, 2),
                # A one-unit gap between bars, unless they are too thin to spare it.
                "width": round(slot - 1 if slot > 2 else slot, 2),
                "y": y(count),
                "height": round(bottom - y(count), 2),
                "centre": round(x + slot / 2, 2),
            }
        )

    step = next(
        (step for step in CHART_LABEL_STEPS if step * slot >= CHART_LABEL_SPACING),
        CHART_LABEL_STEPS[-1],
    )
    # Months are counted from year 0 so that a step of 24 falls on even years, 60 on
    # years ending in 0 or 5. A label needs half the spacing to the chart's right edge;
    # on the left the count axis leaves room.
    ticks = [
        bar
        for bar in bars
        if (bar["month"].year * 12 + bar["month"].month - 1) % step == 0
        and bar["centre"] + CHART_LABEL_SPACING / 2 <= CHART_WIDTH
    ]
    if step < 12:
        # Month names, and under them the year at the first label and each January.
        month_labels = ticks
        year_labels = [bar for bar in ticks if bar is ticks[0] or bar["month"].month == 1]
    else:
        month_labels = []
        year_labels = ticks
    year_y = bottom + CHART_LABEL_ROW * (2 if month_labels else 1)
    return {
        "title": title,
        "peak": peak,
        "width": CHART_WIDTH,
        "height": year_y + 6,  # room for the descenders of the last row
        "left": CHART_AXIS_WIDTH,
        "bottom": bottom,
        "bars": bars,
        # 0, the peak and an integer about halfway, each with a gridline.
        "count_ticks": [{"count": count, "y": y(count)} for count in sorted({0, peak // 2, peak})],
        "count_label_x": CHART_AXIS_WIDTH - 4,
        "ticks": ticks,
        "tick_end": bottom + 3,
        "month_labels": month_labels,
        "month_y": bottom + CHART_LABEL_ROW,
        "year_labels": year_labels,
        "year_y": year_y,
    }
