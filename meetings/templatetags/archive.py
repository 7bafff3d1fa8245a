"""Template helpers for the public pages: safe snippets, facet links, localised names,
the monthly bar chart and the network graph."""

import math
import unicodedata

from django import template
from django.template.loader import render_to_string
from django.urls import get_script_prefix, translate_url
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from meetings.english import (
    office_in_language,
    participant_name_in_language,
    place_in_language,
)
from meetings.models import Participant
from meetings.network import NETWORK_SIZE
from meetings.search import HIGHLIGHT_START, HIGHLIGHT_STOP
from meetings.selectors import PageRows, cached_until_write

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


@register.simple_tag
def meeting_rows(rows) -> str:
    """A page of meeting rows (``_meeting_rows.html``). The rows of a page read by ids
    (``selectors.PageRows``) are rendered once per data version and language and kept:
    until the next write, the page is neither read nor rendered again."""

    def render() -> str:
        return render_to_string("meetings/_meeting_rows.html", {"rows": rows})

    if isinstance(rows, PageRows):
        return mark_safe(cached_until_write(rows.cache_key, render))
    return render()


@register.simple_tag
def timeline_rows(rows) -> str:
    """A page of a timeline (``_timeline_rows.html``): its meetings under the year of
    each. Like ``meeting_rows``, rendered once per data version and language and kept."""

    def render() -> str:
        return render_to_string("meetings/_timeline_rows.html", {"rows": rows})

    if isinstance(rows, PageRows):
        return mark_safe(cached_until_write(f"timeline:{rows.cache_key}", render))
    return render()


@register.filter
def highlight(headline: str) -> str:
    """Escape a search snippet, then turn only our own match markers into <mark>."""
    html = escape(headline).replace(HIGHLIGHT_START, "<mark>").replace(HIGHLIGHT_STOP, "</mark>")
    return mark_safe(html)


@register.filter
def local_name(obj) -> str:
    """A name in the page's language: a country's or topic's English name on English
    pages; a participant's form in Latin letters there, when an editor gave one as an
    alias (else the name as the archive has it)."""
    english = get_language() == "en"
    if isinstance(obj, Participant):
        # Pages that show names in Arabic read the name alone, without the aliases.
        return participant_name_in_language(obj.name, obj.aliases) if english else obj.name
    return obj.name_en if english else obj.name_ar


@register.filter
def local_place(place: str) -> str:
    return place_in_language(place)


@register.simple_tag
def local_office(role: str, organization: str = "", ministry: str = "") -> str:
    return office_in_language(role, organization, ministry)


@register.simple_tag(takes_context=True)
def in_language(context, code: str) -> str:
    """This page's address in another language (English pages live under /en/)."""
    request = context.get("request")
    return translate_url(request.get_full_path(), code) if request else ""


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


# The network graph's geometry, in SVG user units; its text (12px in archive.css)
# scales with it. Labels sit outside the circle, so the sides leave room for the
# longest (NETWORK_LABEL_CHARS characters, about 140 units) beyond the largest node.
NETWORK_WIDTH = 600
NETWORK_HEIGHT = 360
NETWORK_RADIUS = 120  # the circle the counterparts sit on
NETWORK_CENTRE_RADIUS = 18
NETWORK_NODE_RADII = (5, 14)  # a counterpart met once, and the one met most
NETWORK_EDGE_WIDTHS = (1, 6)
NETWORK_LABEL_GAP = 5  # between a node and its label
# Labels are centred on their point (dominant-baseline: central in archive.css): one
# above or below a node sits this much further, half a line of Arabic script (whose
# line is tall), to clear it.
NETWORK_LABEL_HALF_HEIGHT = 12
NETWORK_LABEL_CHARS = 22  # longer names are cut (the tooltip has them whole)
# A label sits beside its node, running away from the circle, except at the top and
# bottom (|cos| under this), where a label beside would cross its neighbours': there
# it is centred above or below. With NETWORK_SIZE nodes or fewer, only a node at the
# very top or bottom is under it.
NETWORK_SIDE_COS = 0.2


def _text_direction(text: str) -> str:
    """The direction of ``text``, "rtl" or "ltr", from its first strongly directional
    character, as Unicode's paragraph rule (and ``dir="auto"``) has it. Names are
    Arabic on the English page too, and a country's name is English there: the
    page's direction does not tell."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def _shortened(label: str) -> str:
    """``label`` cut to NETWORK_LABEL_CHARS characters, an ellipsis included."""
    if len(label) <= NETWORK_LABEL_CHARS:
        return label
    return label[: NETWORK_LABEL_CHARS - 1].rstrip() + "…"


def _pair_url(path: str, *keys) -> str:
    """The address of a pair's page: the two keys in order, its one address (the other
    order redirects there). Built here rather than reversed: the pair pages are another
    change's, which may land after this one."""
    first, second = sorted(keys)
    return f"{get_script_prefix()}{path}/{first}/{second}/"


def _anchor(side: str, direction: str) -> str:
    """The text-anchor that puts a label's ``side`` ("left", "right" or "middle") at
    its point: SVG anchors at the text's start or end, which rtl text has on the right."""
    if side == "middle":
        return "middle"
    starts_left = direction == "ltr"
    return "start" if (side == "left") == starts_left else "end"


@register.inclusion_tag("meetings/_network.html")
def network_graph(subject, counterparts, title: str):
    """A server-rendered SVG ego network (no script): ``subject`` (a Participant or a
    Country) in the centre, ``counterparts`` (``network.PersonCount`` or
    ``network.CountryCount``, most met first) on a circle around it, the most met at
    the top and the rest clockwise. Node size and line width grow with the meetings
    shared; each counterpart links to the pair's page.

    The svg is laid out left to right in either language; each label has its own
    direction, from its text, and the anchor that keeps it clear of its node.
    """
    if isinstance(subject, Participant):
        centre_label, key, pair_path = subject.name, subject.pk, "between/people"
    else:
        centre_label, key, pair_path = local_name(subject), subject.code, "between"
    cx, cy = NETWORK_WIDTH / 2, NETWORK_HEIGHT / 2
    counterparts = counterparts[:NETWORK_SIZE]
    peak = max((counterpart.count for counterpart in counterparts), default=1)
    smallest, largest = NETWORK_NODE_RADII
    thinnest, thickest = NETWORK_EDGE_WIDTHS

    nodes = []
    for index, counterpart in enumerate(counterparts):
        angle = -math.pi / 2 + 2 * math.pi * index / len(counterparts)
        cos, sin = math.cos(angle), math.sin(angle)
        x, y = cx + NETWORK_RADIUS * cos, cy + NETWORK_RADIUS * sin
        # The radius grows with the square root of the meetings, so that the area,
        # which is what the eye compares, grows about in proportion to them.
        r = smallest + (largest - smallest) * math.sqrt(counterpart.count / peak)
        # Beside its node, level with it and running away from the circle; or, at the
        # top and bottom, centred above or below it.
        if abs(cos) >= NETWORK_SIDE_COS:
            side = "left" if cos > 0 else "right"  # the label's edge at its point
            label_x, label_y = x + math.copysign(r + NETWORK_LABEL_GAP, cos), y
        else:
            side = "middle"
            reach = r + NETWORK_LABEL_GAP + NETWORK_LABEL_HALF_HEIGHT
            label_x, label_y = x, y + math.copysign(reach, sin)
        direction = _text_direction(counterpart.label)
        nodes.append(
            {
                "label": counterpart.label,
                "short_label": _shortened(counterpart.label),
                "count": counterpart.count,
                "url": _pair_url(pair_path, key, counterpart.key),
                "x": round(x, 2),
                "y": round(y, 2),
                "r": round(r, 2),
                "edge_width": round(thinnest + (thickest - thinnest) * counterpart.count / peak, 2),
                "label_x": round(label_x, 2),
                "label_y": round(label_y, 2),
                "direction": direction,
                "anchor": _anchor(side, direction),
            }
        )
    # The subject's name under its node: half a line down, as above or below any node.
    centre_label_offset = NETWORK_CENTRE_RADIUS + NETWORK_LABEL_GAP + NETWORK_LABEL_HALF_HEIGHT
    return {
        "title": title,
        "width": NETWORK_WIDTH,
        "height": NETWORK_HEIGHT,
        "cx": cx,
        "cy": cy,
        "centre_radius": NETWORK_CENTRE_RADIUS,
        "centre_label": _shortened(centre_label),
        "centre_label_y": cy + centre_label_offset,
        "centre_direction": _text_direction(centre_label),
        "nodes": nodes,
    }
