"""The meeting list: its facets and total, labelled and cached until the next write,
the order of its meetings, and the chips of the filters in force."""

import hashlib
import json

from django.utils.dates import MONTHS
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from meetings.english import place_in_language
from meetings.filters import ARRAY_FACETS, UNDATED, Match, MeetingFilterSet, match_param
from meetings.models import Country, Meeting, MeetingFacetRow, Ministry, Participant, Topic
from meetings.search import search_normalize
from meetings.selectors import facets as counting
from meetings.selectors.cache import cached_until_write
from meetings.selectors.facets import (
    ActiveFilter,
    Facet,
    FacetValue,
    ListCounts,
    _chosen,
    _counts,
    _top,
)
from meetings.selectors.pairs import pair_url
from meetings.selectors.subjects import newest_first_ids


def meeting_facets(filterset: MeetingFilterSet) -> list[Facet]:
    """Counts of meetings per facet value, each facet counted without its own filter.

    ``filterset`` must have been validated; invalid filters are left out, as in ``qs``.
    """
    return _list_counts(filterset).facets


def _about(count: int) -> int:
    """An estimated count to two significant figures: all the precision it has."""
    return round(count, 2 - len(str(count))) if count >= 100 else count


def _list_counts(filterset: MeetingFilterSet) -> ListCounts:
    counts, estimated, ranked_ids, sample_every = _counts(filterset)
    english = get_language() == "en"
    facets = []

    def add(name, title, pairs, label):
        chosen = _chosen(filterset, name)
        approximate = name in estimated
        values = [
            FacetValue(
                value=value,
                label=str(label(value)),
                count=(_about(count) or None) if approximate else count,
                selected=value in chosen,
            )
            for value, count in pairs
        ]
        match = filterset.match(name) if name in ARRAY_FACETS and len(chosen) > 1 else None
        # Strings, not lazy translations: the result is cached per language.
        facets.append(
            Facet(
                name=name,
                title=str(title),
                values=values,
                approximate=approximate,
                match=match.value if match else None,
                pair_url=pair_url(name, chosen) if match == Match.ALL else None,
            )
        )

    def top(name):
        return _top(counts.get(name, {}), _chosen(filterset, name))

    def names_of(model, pairs, field="name_en" if english else "name_ar"):
        keys = [value for value, _count in pairs]
        # Unordered: sorting by name would load the collation in a new connection (~80 ms).
        rows = model.objects.filter(pk__in=keys).order_by().values_list("pk", field)
        return {str(pk): name for pk, name in rows}.get

    pairs = top("country")
    add("country", _("Country"), pairs, names_of(Country, pairs))
    pairs = top("topic")
    add("topic", _("Topic"), pairs, names_of(Topic, pairs))
    add("ministry", _("Ministry"), top("ministry"), lambda value: Ministry(value).label)
    pairs = top("participant")
    add("participant", _("Participant"), pairs, names_of(Participant, pairs, "name"))
    add("place", _("Place"), top("place"), place_in_language)
    states = sorted(counts.get("review", {}).items())
    add("review", _("Review state"), states, lambda value: Meeting.ReviewState(value).label)
    # Newest first, the undated last.
    years = sorted(
        counts.get("year", {}).items(),
        key=lambda pair: (pair[0] == UNDATED, 0 if pair[0] == UNDATED else -int(pair[0])),
    )
    add("year", _("Year"), years, _year_label)
    if "month" in counts:
        months = sorted(counts["month"].items(), key=lambda pair: int(pair[0]))
        add("month", _("Month"), months, lambda value: MONTHS[int(value)])
    total = sum(counts.get("total", {}).values())
    if "total" in estimated:
        total = _about(total)
    return ListCounts(
        total=total,
        facets=facets,
        approximate=bool(estimated),
        total_approximate="total" in estimated,
        ranked_ids=ranked_ids,
        sample_every=sample_every,
    )


def _year_label(value) -> str:
    """A year facet value or chip as shown: the year, or "Undated" for ``UNDATED``."""
    return str(_("Undated")) if str(value) == UNDATED else str(value)


def _filter_state(filterset: MeetingFilterSet) -> str:
    """The valid filters as a stable string: one cache entry per list, however the URL
    orders or spells its parameters."""
    state = {name: sorted(_chosen(filterset, name)) for name in filterset.filters}
    state["q"] = search_normalize(filterset.form.cleaned_data.get("q") or "")
    return json.dumps(state, sort_keys=True, ensure_ascii=False)


def meeting_list_counts(filterset: MeetingFilterSet) -> ListCounts:
    """The number of matching meetings and the facets, cached until the next write."""
    digest = hashlib.sha256(_filter_state(filterset).encode()).hexdigest()

    return cached_until_write(
        f"meeting-counts:{get_language()}:{digest}", lambda: _list_counts(filterset)
    )


def _searching(filterset: MeetingFilterSet) -> bool:
    # From the words alone: reading the search itself may ask the database which of
    # them are names, which a list whose counts were cached need not.
    return bool(search_normalize(filterset.form.cleaned_data.get("q") or ""))


def too_many_to_rank(filterset: MeetingFilterSet, counts: ListCounts) -> bool:
    """Does a search match more meetings than are ordered by relevance? They are then
    listed newest first."""
    # The limit is read from its module at each call, as a test may change it there.
    return _searching(filterset) and counts.total > counting.SEARCH_RANK_LIMIT


def meeting_list_ids(filterset: MeetingFilterSet, counts: ListCounts):
    """The list's meeting ids in the order it shows them: a search's by relevance when
    it has few enough matches (as ranked while counting, else ranked now), every other
    list newest first, read from the narrow facet rows."""
    if _searching(filterset) and not too_many_to_rank(filterset, counts):
        if counts.ranked_ids is not None:
            return counts.ranked_ids
        return filterset.qs.values_list("pk", flat=True)
    rows = filterset.queryset_without(queryset=MeetingFacetRow.objects.all())
    return newest_first_ids(rows)


def active_filters(filterset: MeetingFilterSet) -> list[ActiveFilter]:
    """The valid filters of ``filterset``, each with a label in the page's language."""
    data = filterset.form.cleaned_data
    english = get_language() == "en"
    chips = []
    if data.get("q"):
        chips.append(ActiveFilter("q", None, f"«{data['q']}»"))
    for name in ("country", "topic"):
        chips += [
            ActiveFilter(name, obj.code, obj.name_en if english else obj.name_ar)
            for obj in data.get(name) or []
        ]
    chips += [
        ActiveFilter("ministry", code, str(Ministry(code).label))
        for code in data.get("ministry", [])
    ]
    chips += [
        ActiveFilter("participant", str(participant.pk), participant.name)
        for participant in data.get("participant") or []
    ]
    # Only a mode other than the default says more than the values do.
    for name, facet in ARRAY_FACETS.items():
        match = filterset.match(name)
        if len(_chosen(filterset, name)) > 1 and match != facet.default_match:
            # Translators: a filter, as "Country: any of these".
            label = _("%(facet)s: %(match)s") % {
                "facet": filterset.filters[name].label,
                "match": match.label,
            }
            chips.append(ActiveFilter(match_param(name), None, label))
    chips += [
        ActiveFilter("place", place, place_in_language(place)) for place in data.get("place", [])
    ]
    chips += [
        ActiveFilter("review", state, str(Meeting.ReviewState(state).label))
        for state in data.get("review", [])
    ]
    dates = data.get("date")
    if dates and dates.start:
        chips.append(ActiveFilter("date_after", None, _("from %s") % dates.start.isoformat()))
    if dates and dates.stop:
        chips.append(ActiveFilter("date_before", None, _("until %s") % dates.stop.isoformat()))
    if data.get("year"):
        chips.append(ActiveFilter("year", None, _year_label(data["year"])))
    if data.get("month"):
        chips.append(ActiveFilter("month", None, str(MONTHS[int(data["month"])])))
    return chips
