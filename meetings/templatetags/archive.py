"""Template helpers for the public pages: safe snippets, facet links, localised names,
and the monthly bar chart."""

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from meetings.search import HIGHLIGHT_START, HIGHLIGHT_STOP

register = template.Library()

CHART_WIDTH = 720
CHART_HEIGHT = 160


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
    """A server-rendered SVG bar chart of meetings per month (no script, no CDN)."""
    peak = max((count for _month, count in counts), default=0)
    width = CHART_WIDTH / max(len(counts), 1)
    bars = [
        {
            "month": month,
            "count": count,
            "x": round(index * width, 2),
            "width": round(max(width - 1, 1), 2),
            "height": round(count / peak * CHART_HEIGHT, 2) if peak else 0,
        }
        for index, (month, count) in enumerate(counts)
    ]
    for bar in bars:
        bar["y"] = round(CHART_HEIGHT - bar["height"], 2)
    years = [bar for bar in bars if bar["month"].month == 1 or bar is bars[0]]
    return {
        "bars": bars,
        "years": years,
        "peak": peak,
        "title": title,
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
    }
