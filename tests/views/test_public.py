"""The public archive's pages, exports and feed."""

import csv
import datetime
import io
import json

import pytest
from django.utils import translation

from meetings import pagination
from meetings.models import COUNT_SAMPLE_STEPS, Meeting, MeetingFacetRow, in_count_sample
from meetings.services.curation import (
    meeting_editor_save,
    meeting_reject,
    participant_editor_save,
    participation_editor_save,
)
from tests.factories import ParticipantFactory
from tests.views.data import make_meeting

pytestmark = pytest.mark.django_db


def html(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def people():
    return ParticipantFactory(name="سالم الورفلي"), ParticipantFactory(name="ماركو بيانكي")


def test_list_shows_facets_with_counts_and_filter_chips(client, people):
    make_meeting(people=people, countries=["LY", "IT"], topics=["migration"])
    make_meeting(countries=["TN"], topics=["migration"])
    make_meeting(countries=["DZ"], topics=["training"])
    page = html(client.get("/", {"country": "IT", "country_match": "any", "topic": "migration"}))
    assert "1 meeting" in page or "اجتماع" in page
    assert "سالم الورفلي" in page
    assert 'class="chip"' in page and "إيطاليا" in page
    # Countries are counted under the topic filter but not their own: Tunisia can be
    # added, Algeria (no migration meeting) is not offered.
    assert "?country=IT&amp;country=TN&amp;country_match=any&amp;topic=migration" in page
    assert "country=DZ" not in page


def test_search_shows_escaped_snippets_with_our_marks(client):
    make_meeting(evidence='<img src=x onerror=alert(1)> بحث ملف والهجرة غير الشرعية & "غيرها"')
    page = html(client.get("/", {"q": "الهجرة"}))
    assert "<img" not in page
    assert "<mark>الهجرة</mark>" in page
    assert "&amp; &quot;غيرها&quot;" in page


@pytest.mark.parametrize(
    "params",
    [
        {"date_after": "2024-02-30"},
        {"country": "XX"},
        {"participant": "abc"},
        {"year": "99999"},
        {"month": "13"},
        {"page": "abc"},
        {"page": "99999"},
        {"page": "-1"},
    ],
)
def test_malformed_parameters_give_a_message_not_an_error(client, params):
    make_meeting()
    page = html(client.get("/", params))
    assert 'role="alert"' in page or 'role="status"' in page
    assert 'class="meeting"' in page


@pytest.mark.parametrize("meeting_count", [3, 30])
def test_list_queries_do_not_grow_with_the_page(client, django_assert_num_queries, meeting_count):
    person = ParticipantFactory()
    for _ in range(meeting_count):
        make_meeting(people=[person], countries=["LY", "IT"], topics=["migration"])
    # Cold: data version (read once for the page), cache miss, the totals the database
    # keeps (two queries), labels of countries, topics and participants, storing the
    # counts (the cache's own queries: in a test's transaction a savepoint, the
    # statement and its release), then the page's ids, a cache miss for its rendered
    # rows, its rows (four queries) and storing them.
    with django_assert_num_queries(19):
        client.get("/")
    # Warm: data version, cache hit, the page's ids and cache hit for its rendered rows.
    with django_assert_num_queries(4):
        client.get("/")
    # Searched and filtered, cold: checking the chosen countries and topic (two
    # queries), the archive's size (which sets the count sample's step), and two
    # statements for the count and every facet instead of the totals: over the count
    # sample, then (the list being short) over every match, which ranks the matches
    # as well: no query for the page's ids. One more finds which of the query's words
    # are people's names. The rows as for the plain list (seven queries).
    params = {"q": "الوزير", "country": ["LY", "IT"], "topic": "migration"}
    with django_assert_num_queries(22):
        client.get("/", params)
    # Warm: the ranked ids come with the cached counts, the rendered rows from the cache.
    with django_assert_num_queries(5):
        client.get("/", params)


@pytest.mark.parametrize("participant_count", [1, 4])
def test_meeting_page_queries_do_not_grow(client, django_assert_num_queries, participant_count):
    people = ParticipantFactory.create_batch(participant_count)
    meeting = make_meeting(people=people, countries=["LY", "IT"], topics=["migration"])
    for _ in range(3):
        make_meeting(people=people, countries=["LY"], topics=["migration"])
    # The data version and the cache; the meeting and four prefetches (sources with
    # their articles in one); related meetings: three searches (two for one participant,
    # who makes no pair to share) and what the meetings found share; the cache's three
    # to store the page.
    with django_assert_num_queries(14 if participant_count > 1 else 13):
        client.get(meeting.get_absolute_url())
    # Again, until the next write: the data version and the page from the cache.
    with django_assert_num_queries(2):
        page = client.get(meeting.get_absolute_url())
    assert page.content.count(b'class="meeting related-meeting"') == 3


def test_meeting_page_shows_evidence_sources_and_related_reasons(client, people):
    meeting = make_meeting(people=people, evidence="التقى الوزيران في طرابلس.", title="لقاء مهم")
    other = make_meeting(people=people[:1], place="روما")
    page = html(client.get(meeting.get_absolute_url()))
    assert "التقى الوزيران في طرابلس." in page
    assert 'href="https://example.org/news/' in page
    assert other.get_absolute_url() in page
    assert "سالم الورفلي" in page.split('class="related"')[1]


def test_participant_page_has_timeline_counterparts_offices_and_names(client, people):
    salem, marco = people
    salem.aliases = ["سالم الورفلى"]
    salem.save()
    make_meeting(people=people)
    page = html(client.get(salem.get_absolute_url()))
    assert "سالم الورفلى" in page
    assert marco.get_absolute_url() in page
    assert "وزير الداخلية" in page
    assert "2024" in page


def test_a_participant_s_timeline_is_rendered_once_until_the_next_write(
    client, people, django_assert_num_queries
):
    salem, _marco = people
    meeting = make_meeting(people=people)
    first = html(client.get(salem.get_absolute_url()))
    # Again: the participant, the data version (once for the page), the cached summary,
    # the timeline's ids, the cached counterparts and the rendered timeline.
    with django_assert_num_queries(6):
        again = html(client.get(salem.get_absolute_url()))
    assert again == first
    meeting_reject(meetings=Meeting.objects.filter(pk=meeting.pk))  # a write: read anew
    assert meeting.get_absolute_url() not in html(client.get(salem.get_absolute_url()))


def test_country_and_topic_pages_chart_meetings_per_month(client):
    make_meeting(countries=["LY"], topics=["migration"])
    for url in ("/countries/ly/", "/topics/migration/"):
        page = html(client.get(url))
        assert "<svg" in page and "<rect" in page
        assert 'class="meeting"' in page


def test_unknown_ids_are_404(client):
    for url in ("/meetings/999999/", "/people/999999/", "/countries/XX/", "/topics/nothing/"):
        assert client.get(url).status_code == 404, url


def test_filtered_list_exports_as_csv_json_and_atom(client, people):
    make_meeting(people=people, countries=["IT"], topics=["migration"], place="روما")
    make_meeting(countries=["TN"], place="تونس")
    params = {"country": "IT", "topic": "migration"}

    response = client.get("/meetings.csv", params)
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [(row["place"], row["countries"]) for row in rows] == [("روما", "IT")]
    assert rows[0]["participants"] == (
        "سالم الورفلي (وزير الداخلية, interior, LY); ماركو بيانكي (وزير الداخلية, interior, LY)"
    )

    response = client.get("/meetings.json", params)
    (item,) = json.loads(b"".join(response.streaming_content))
    assert item["topics"] == ["migration"] and item["participants"][0]["name"] == "سالم الورفلي"

    feed = html(client.get("/meetings.atom", params))
    assert feed.startswith("<?xml") and "<feed" in feed
    assert "إيطاليا + الهجرة" in feed and "سالم الورفلي – ماركو بيانكي" in feed
    assert "تونس" not in feed


def test_exports_reject_malformed_filters_with_a_reason(client):
    for url in ("/meetings.csv", "/meetings.json", "/meetings.atom"):
        response = client.get(url, {"date_after": "yesterday"})
        assert response.status_code == 400
        assert "date" in response.content.decode()


def test_export_queries_do_not_grow_per_meeting(client, django_assert_num_queries):
    for _ in range(10):
        make_meeting(people=[ParticipantFactory()], topics=["migration"])
    # The meetings, then their countries, topics, participations and sources.
    with django_assert_num_queries(5):
        b"".join(client.get("/meetings.json").streaming_content)


def test_pages_keep_the_filters(client):
    for _ in range(pagination.PAGE_SIZE + 2):
        make_meeting(countries=["IT"])
    page = html(client.get("/", {"country": "IT", "page": 2}))
    assert page.count('class="meeting"') == 2
    assert "?country=IT&amp;page=1" in page


def test_a_search_with_too_many_matches_to_rank_lists_all_newest_first_and_says_so(
    client, monkeypatch
):
    monkeypatch.setattr("meetings.selectors.facets.SEARCH_RANK_LIMIT", 2)
    first, third, second = (
        make_meeting(evidence="بحث ملف الهجرة", date=datetime.date(2024, 5, day))
        for day in (1, 3, 2)
    )
    page = html(client.get("/", {"q": "الهجرة"}))
    assert page.count('class="meeting"') == 3
    positions = [page.index(f'"{m.get_absolute_url()}"') for m in (third, second, first)]
    assert positions == sorted(positions)
    assert 'class="notice"' in page


def test_rejected_meetings_are_nowhere_in_the_public_archive(client, people):
    shown = make_meeting(people=people, countries=["IT"], topics=["migration"], place="روما")
    rejected = make_meeting(
        people=people, countries=["IT"], topics=["migration"], place="تونس", title="مرفوض"
    )
    meeting_reject(meetings=Meeting.objects.filter(pk=rejected.pk))
    # Gone, not missing: its address may have been cited (see test_citations).
    assert client.get(rejected.get_absolute_url()).status_code == 410
    for params in ({}, {"country": "IT"}, {"q": "الوزير"}, {"review": "rejected"}):
        page = html(client.get("/", params))
        assert rejected.get_absolute_url() not in page and "تونس" not in page, params
    assert "review=rejected" not in html(client.get("/", {"country": "IT"}))
    for url in (
        people[0].get_absolute_url(),
        "/countries/IT/",
        "/topics/migration/",
        shown.get_absolute_url(),
    ):
        assert rejected.get_absolute_url() not in html(client.get(url)), url
    rows = json.loads(b"".join(client.get("/meetings.json").streaming_content))
    assert [row["id"] for row in rows] == [shown.pk]
    csv_text = b"".join(client.get("/meetings.csv").streaming_content).decode()
    assert "تونس" not in csv_text
    assert "تونس" not in html(client.get("/meetings.atom"))


def test_estimated_counts_are_marked_as_estimates(client, monkeypatch):
    monkeypatch.setattr("meetings.selectors.facets.EXACT_COUNT_LIMIT", 0)
    while not MeetingFacetRow.objects.filter(in_count_sample(COUNT_SAMPLE_STEPS[0])).exists():
        make_meeting(countries=["LY"], topics=["migration"])
    page = client.get("/en/", {"country": "LY"}).content.decode()
    assert "About " in page
    assert '<span title="estimated">≈</span>' in page
    assert "estimated from a sample of one meeting in 40" in page
    # Past the end of the estimated list: its last page, counted, and a message.
    past = client.get("/en/", {"country": "LY", "page": 999})
    assert past.status_code == 200
    assert "There is no page 999" in past.content.decode()
    assert past.context["page"].object_list


@pytest.mark.parametrize("estimate", [100, 2])
def test_pages_of_an_estimated_list_end_where_the_list_does(rf, estimate):
    for day in range(1, 6):
        make_meeting(date=datetime.date(2024, 5, day))
    meetings = Meeting.objects.newest_first()

    def page(number):
        request = rf.get("/", {"page": number})
        return pagination.paginate(request, meetings, 2, count=estimate, estimated=True)

    # However wrong the estimate, pages follow the rows: two full ones, then the last.
    first, message = page(1)
    assert len(first) == 2 and first.has_next() and message is None
    last, message = page(3)
    assert len(last) == 1 and not last.has_next() and message is None
    # Past the end, the list is counted to find its last page (said here in English).
    with translation.override("en"):
        beyond, message = page(9)
    assert beyond.number == 3 and "no page 9" in message


def test_a_search_that_normalises_to_nothing_lists_every_meeting(client):
    make_meeting()
    make_meeting()
    # Tatweel and diacritics alone leave nothing to search for.
    response = client.get("/", {"q": "ـَ"})
    assert response.status_code == 200
    assert len(response.context["page"].object_list) == 2


def test_names_and_offices_are_isolated_from_the_direction_around_them(client, people):
    make_meeting(people=people, place="وادي الشاطئ")
    page = html(client.get("/en/"))
    # In an English line an Arabic name and its office stay together, in their order,
    # and so does a place with no English name.
    assert "<bdi><a href=" in page and "<bdi>وادي الشاطئ</bdi>" in page


def test_a_write_shows_on_the_related_meetings_of_a_cached_meeting_page(client, people):
    meeting = make_meeting(people=people)
    client.get(meeting.get_absolute_url())  # its related meetings are cached
    other = make_meeting(people=people[:1], place="روما")

    page = html(client.get(meeting.get_absolute_url()))
    assert other.get_absolute_url() in page.split('class="related"')[1]


def test_a_cached_meeting_page_follows_editors_writes(client, people):
    salem, marco = people
    meeting = make_meeting(people=people, place="طرابلس")
    url = meeting.get_absolute_url()
    client.get(url)  # rendered and kept

    meeting.place = "مصراتة"
    meeting.save()
    meeting_editor_save(meeting=meeting, changed_fields=["place"])
    assert "مصراتة" in html(client.get(url))

    salem.name = "سالم المصراتي"
    salem.save()
    participant_editor_save(participant=salem, previous_name="سالم الورفلي")
    assert "سالم المصراتي" in html(client.get(url))

    participation = meeting.participations.get(participant=marco)
    participation.role = "وكيل وزارة الداخلية"
    participation.save()
    participation_editor_save(participation=participation)
    assert "وكيل وزارة الداخلية" in html(client.get(url))

    meeting_reject(meetings=Meeting.objects.filter(pk=meeting.pk))
    assert client.get(url).status_code == 410


def test_a_cached_meeting_page_is_kept_per_language_and_address(client, people):
    meeting = make_meeting(people=people, countries=["IT"])
    arabic = html(client.get(meeting.get_absolute_url()))
    english = html(client.get(f"/en{meeting.get_absolute_url()}"))
    assert "إيطاليا" in arabic and ">Italy</a>" in english
    # The permalink names the address the page was asked for, not the first one's.
    other = html(client.get(meeting.get_absolute_url(), SERVER_NAME="localhost"))
    assert f"http://localhost{meeting.get_absolute_url()}" in other
    assert 'rel="canonical" href="http://localhost/' in other


def test_a_list_page_s_cached_rows_follow_writes_and_the_language(client, people):
    first = make_meeting(people=people, countries=["IT"])
    client.get("/")  # its rows are rendered and kept
    second = make_meeting(people=people, countries=["IT"])

    page = html(client.get("/"))
    assert first.get_absolute_url() in page and second.get_absolute_url() in page
    # The same rows in English are rendered apart, with the English names.
    row = html(client.get("/en/")).split('class="meeting"')[1]
    assert 'class="tag country"' in row and ">Italy</a>" in row
