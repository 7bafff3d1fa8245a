"""The meeting list: its facets and total, labelled and cached until the next write,
the order of its meetings, and the chips of the filters in force."""

import hashlib
import json

from django.db.models import QuerySet
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from meetings.facets import FACETS, Match
from meetings.filters import MeetingFilterSet, match_param
from meetings.models import MeetingFacetRow
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

    def add(facet, pairs, labels):
        chosen = _chosen(filterset, facet.name)
        approximate = facet.name in estimated
        values = [
            FacetValue(
                value=value,
                label=labels.get(value, value),
                count=(_about(count) or None) if approximate else count,
                selected=value in chosen,
            )
            for value, count in pairs
        ]
        match = filterset.match(facet.name) if facet.many and len(chosen) > 1 else None
        # Strings, not lazy translations: the result is cached per language.
        facets.append(
            Facet(
                name=facet.name,
                title=str(facet.title),
                values=values,
                approximate=approximate,
                match=match.value if match else None,
                pair_url=pair_url(facet.name, chosen) if match == Match.ALL else None,
            )
        )

    for facet in FACETS:
        if facet.within and facet.name not in counts:
            continue  # counted only within a value of another facet
        counted = counts.get(facet.name, {})
        if facet.ranked:
            pairs = _top(counted, _chosen(filterset, facet.name))
        else:
            pairs = facet.order(counted)
        labels = facet.labels([value for value, _count in pairs], english=english)
        add(facet, pairs, labels)
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
    for facet in FACETS:
        chosen = data.get(facet.name)
        if chosen in (None, "") or isinstance(chosen, QuerySet):
            continue  # absent; model choices clean to an empty queryset
        chosen = chosen if isinstance(chosen, list) else [chosen]
        if facet.model is not None:
            chips += [
                ActiveFilter(facet.name, str(obj.pk), facet.object_label(obj, english=english))
                for obj in chosen
            ]
        else:
            # One chip takes a single-valued filter (year, month) off whole.
            single = not isinstance(data.get(facet.name), list)
            labels = facet.labels([str(value) for value in chosen], english=english)
            chips += [
                ActiveFilter(facet.name, None if single else str(value), labels[str(value)])
                for value in chosen
            ]
        # Only a mode other than the default says more than the values do.
        match = filterset.match(facet.name) if facet.many else None
        if match and len(chosen) > 1 and match != facet.default_match:
            # Translators: a filter, as "Country: any of these".
            label = _("%(facet)s: %(match)s") % {"facet": facet.title, "match": match.label}
            chips.append(ActiveFilter(match_param(facet.name), None, label))
    dates = data.get("date")
    if dates and dates.start:
        chips.append(ActiveFilter("date_after", None, _("from %s") % dates.start.isoformat()))
    if dates and dates.stop:
        chips.append(ActiveFilter("date_before", None, _("until %s") % dates.stop.isoformat()))
    return chips
