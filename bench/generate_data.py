"""Fill the benchmark database with a realistic archive at scale.

    .venv/bin/python bench/generate_data.py [--articles N] [--meetings N] [--seed N]

Writes into a separate ``bench`` database on the embedded server (or the database
DATABASE_URL names, which must contain "bench"); see bench/benchdb.py. The database
is migrated, its archive tables emptied, then filled with COPY in batches, and the
derived tables (facet rows, facet totals) rebuilt from them with the migrations' own
set-based SQL, as COPY bypasses the service that writes them. Texts are
built from the extractor's own vocabulary (country names, adjectives, cities, topic
cue words) and go through ``search_normalize`` exactly as ingestion does, so search
behaves as it would on real data. Frequencies are skewed as news is: a few countries,
topics and officials account for most meetings.
"""

import argparse
import datetime
import functools
import hashlib
import importlib
import itertools
import json
import multiprocessing
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchdb import use_bench_database  # noqa: E402

BATCH = 5000
FIRST_NAMES = (
    "محمد أحمد علي عمر خالد سالم عبد الله مصطفى إبراهيم يوسف حسن حسين عبد الرحمن "
    "فتحي عماد نجلاء فاطمة مريم هشام طارق ناصر منصور رمضان صالح جمال كمال وليد"
).split()
FAMILY_NAMES = (
    "الورفلي الزوي المقريف الدبيبة الشريف التاجوري الحاسي المصراتي الفيتوري البرعصي "
    "العبيدي الككلي الغرياني السويحلي الترهوني المنفي الباعور القماطي الشامس البكوش "
    "الزنتاني المحجوب الطرابلسي بن عمران بن حليم القذافي العرفي الجهاني"
).split()
FOREIGN_NAMES = (
    "ماركو بيانكي|جوزيبي روسي|آنا ميلر|جان دوبون|هاكان يلماز|أحمد أوغلو|بيتر شميت|"
    "لوكا كونتي|ماريا غارسيا|أولاف هانسن|نيكوس باباس|إيفان بتروف|كارلوس لوبيز|سارة كلارك"
).split("|")
OFFICES = [
    ("وزير الداخلية", "وزارة الداخلية", "interior"),
    ("وزير الخارجية", "وزارة الخارجية", "foreign"),
    ("وزير الدفاع", "وزارة الدفاع", "defense"),
    ("وزير العدل", "وزارة العدل", "justice"),
    ("وزير المواصلات", "وزارة المواصلات", "transport"),
    ("وزير المالية", "وزارة المالية", "finance"),
    ("وزير الاقتصاد", "وزارة الاقتصاد", "economy"),
    ("وزير الصحة", "وزارة الصحة", "health"),
    ("وزير العمل", "وزارة العمل", "labour"),
    ("وزير النفط", "وزارة النفط", "oil"),
    ("سفير", "السفارة", ""),
    ("رئيس جهاز خفر السواحل", "جهاز خفر السواحل", "interior"),
    ("رئيس الأركان العامة", "رئاسة الأركان", "defense"),
    ("مبعوث الأمم المتحدة", "الأمم المتحدة", ""),
]
VERBS = ["التقى", "استقبل", "اجتمع", "بحث", "ناقش", "عقد لقاء مع"]
OUTLETS = ["وكالة الأنباء الليبية", "بوابة الوسط", "ليبيا الأحرار", "الشروق", "القدس العربي"]
FILLER = [
    "وأكد الجانبان على أهمية تعزيز التعاون المشترك وتبادل الخبرات بين المؤسسات المعنية.",
    "وتناول اللقاء سبل تطوير العلاقات الثنائية في مختلف المجالات ذات الاهتمام المشترك.",
    "وأشار البيان إلى أن الاجتماع جرى في أجواء إيجابية وبناءة.",
    "واتفق الطرفان على عقد اجتماعات دورية لمتابعة تنفيذ ما تم الاتفاق عليه.",
    "وحضر اللقاء عدد من المسؤولين والمستشارين من الجانبين.",
    "وشدد المسؤول على ضرورة تنسيق الجهود لمواجهة التحديات الراهنة.",
    "وأوضح المكتب الإعلامي أن الزيارة تأتي في إطار برنامج عمل الحكومة.",
    "ونقل الضيف تحيات قيادة بلاده وتمنياتها بالتوفيق والنجاح.",
    "وقدم الجانب الزائر عرضا حول البرامج التدريبية المقترحة خلال العام المقبل.",
    "ويأتي الاجتماع بعد أسابيع من توقيع مذكرة تفاهم بين البلدين.",
]
START = datetime.date(2012, 1, 1)
END = datetime.date(2025, 12, 31)


def zipf_weights(n: int, s: float = 1.1) -> list[float]:
    """Cumulative weights of a Zipf-like law, for random.choices(cum_weights=...)."""
    return list(itertools.accumulate(1 / (rank**s) for rank in range(1, n + 1)))


OFFICE_WEIGHTS = zipf_weights(len(OFFICES), 0.8)


class Generator:
    def __init__(self, seed: int, participant_count: int):
        from meetings.models import Country, Topic

        self.random = random.Random(seed)
        data_dir = Path(__file__).resolve().parent.parent / "meetings" / "extraction" / "data"
        extra = {row["code"]: row for row in json.loads((data_dir / "countries.json").read_text())}
        self.countries = list(Country.objects.order_by("code"))
        # Libya and its neighbours dominate the archive's sources.
        first = ["LY", "IT", "TR", "EG", "TN", "DZ", "MT", "FR", "EU", "UN", "DE", "GB", "US", "QA"]
        self.countries.sort(key=lambda c: first.index(c.code) if c.code in first else len(first))
        self.country_weights = zipf_weights(len(self.countries), 1.3)
        self.cities = {code: row.get("cities") or [row["name_ar"]] for code, row in extra.items()}
        self.adjectives = {code: (row.get("adjectives") or [""])[0] for code, row in extra.items()}
        self.topics = list(Topic.objects.order_by("code"))
        self.random.shuffle(self.topics)
        self.topic_weights = zipf_weights(len(self.topics), 0.9)
        self.participants = [self.make_participant(i) for i in range(participant_count)]
        self.participant_weights = zipf_weights(participant_count, 1.05)

    def pick_country(self):
        return self.random.choices(self.countries, cum_weights=self.country_weights)[0]

    def make_participant(self, index: int) -> dict:
        country = self.pick_country()
        if country.code == "LY" or self.random.random() < 0.4:
            name = f"{self.random.choice(FIRST_NAMES)} {self.random.choice(FAMILY_NAMES)}"
        else:
            name = self.random.choice(FOREIGN_NAMES)
        # A middle name keeps the generated people distinct, as real ones are.
        middle = self.random.choice(FIRST_NAMES)
        first, _space, last = name.partition(" ")
        office = self.random.choices(OFFICES, cum_weights=OFFICE_WEIGHTS)[0]
        return {
            "name": f"{first} {middle} {last}",
            "country": country,
            "office": office,
        }

    def date(self) -> datetime.date:
        # More news in recent years: the square root skews towards the end.
        span = (END - START).days
        return START + datetime.timedelta(days=int(span * self.random.random() ** 0.6))

    def meeting(self) -> dict:
        count = self.random.choices([1, 2, 3, 4], [5, 50, 30, 15])[0]
        people = []
        while len(people) < count:
            person = self.random.choices(self.participants, cum_weights=self.participant_weights)[0]
            if person not in people:
                people.append(person)
        place_country = people[0]["country"] if self.random.random() < 0.6 else self.pick_country()
        countries = {place_country} | {person["country"] for person in people}
        topics = set(
            self.random.choices(
                self.topics, cum_weights=self.topic_weights, k=self.random.choice([1, 2, 2, 3])
            )
        )
        return {
            "date": self.date(),
            "place": self.random.choice(
                self.cities.get(place_country.code, [place_country.name_ar])
            ),
            "place_country": place_country,
            "people": people,
            # Sorted: a set of model instances iterates in an order that changes from
            # run to run, and the same seed should make the same archive.
            "countries": sorted(countries, key=lambda country: country.code),
            "topics": sorted(topics, key=lambda topic: topic.code),
            "review_state": "reviewed" if self.random.random() < 0.15 else "extracted",
        }

    def sentence(self, meeting: dict) -> str:
        host, *guests = meeting["people"]
        role, _org, _ministry = host["office"]
        adjective = self.adjectives.get(host["country"].code, "")
        others = " و".join(
            f"{guest['office'][0]} {self.adjectives.get(guest['country'].code, '')} {guest['name']}"
            for guest in guests
        )
        topics = " و".join(
            self.random.choice(topic.cue_words or [topic.name_ar]) for topic in meeting["topics"]
        )
        verb = self.random.choice(VERBS)
        return (
            f"{verb} {role} {adjective} {host['name']} في {meeting['place']} {others} "
            f"لبحث {topics}."
        ).replace("  ", " ")

    def article(self, meetings: list[dict]) -> tuple[str, str]:
        first = meetings[0]
        topic = self.random.choice(first["topics"])
        title = f"{first['people'][0]['office'][0]} يبحث {topic.name_ar} في {first['place']}"
        sentences = [self.sentence(meeting) for meeting in meetings]
        sentences += self.random.sample(FILLER, self.random.randint(3, 6))
        return title, "\n".join(sentences)


def copy_rows(cursor, table: str, columns: list[str], rows) -> None:
    with cursor.copy(f'COPY "{table}" ({", ".join(columns)}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row(row)


def model_rows(model, rows: list[dict]):
    """Each row (values by attribute name, the field's default for any not given) as the
    values of the model's concrete, non-generated columns, for COPY.

    The columns are taken from the model rather than listed by hand, so the script keeps
    working as columns with defaults are added. Rows are plain dicts, not model
    instances: making a million instances would take longer than loading them.
    """
    from django.db import connection, models

    fields = [
        field
        for field in model._meta.concrete_fields
        if not isinstance(field, models.GeneratedField)
    ]
    defaults = {
        field.attname: field.get_db_prep_save(field.get_default(), connection) for field in fields
    }
    columns = [f'"{field.column}"' for field in fields]
    names = [field.attname for field in fields]
    values = ([row.get(name, defaults[name]) for name in names] for row in rows)
    return columns, values


@dataclass
class Batch:
    """One batch of rows for COPY, per table, and the counts so far."""

    tables: list[tuple[str, list[str], list]]
    articles: int
    meetings: int
    participations: int


def make_batches(queue, generator: Generator, options, now) -> None:
    """Put the archive's rows on ``queue`` batch by batch, then None. Runs in a forked
    process: it reads no database, and its rows are plain values."""
    from meetings.models import Article, Meeting, MeetingSource, Participation
    from meetings.search import NAME_SEPARATOR, search_normalize

    # Names, offices, places and titles repeat from meeting to meeting.
    normalized = functools.lru_cache(maxsize=100_000)(search_normalize)
    meeting_pk = 0
    participation_pk = source_pk = country_link = topic_link = 0
    per_article = max(options.meetings // options.articles, 1)
    extra = options.meetings - per_article * options.articles
    for batch_start in range(0, options.articles, BATCH):
        articles, meetings, sources, participations = [], [], [], []
        countries, topics = [], []
        for index in range(batch_start, min(batch_start + BATCH, options.articles)):
            article_pk = index + 1
            count = per_article + (1 if index < extra else 0)
            reported = [generator.meeting() for _ in range(count)]
            title, text = generator.article(reported)
            body = search_normalize(text)
            published = max(m["date"] for m in reported) + datetime.timedelta(days=1)
            articles.append(
                dict(
                    id=article_pk,
                    url=f"https://example.org/news/{article_pk}",
                    outlet=generator.random.choice(OUTLETS),
                    title=title,
                    published=published,
                    raw_text=text,
                    text=text,
                    content_hash=hashlib.sha256(f"{article_pk}{text}".encode()).hexdigest(),
                    ingested_at=now,
                    search_title=normalized(title),
                    search_body=body,
                )
            )
            for data in reported:
                meeting_pk += 1
                evidence = generator.sentence(data)
                entities = [data["place"]]
                for person in data["people"]:
                    role, org, ministry = person["office"]
                    entities += [person["name"], role, org]
                    participation_pk += 1
                    participations.append(
                        dict(
                            id=participation_pk,
                            meeting_id=meeting_pk,
                            participant_id=person["pk"],
                            role=role,
                            organization=org,
                            ministry=ministry,
                            country_id=person["country"].code,
                        )
                    )
                entities += [c.name_ar for c in data["countries"]]
                entities += [c.name_en for c in data["countries"]]
                entities += [t.name_ar for t in data["topics"]]
                entities += [t.name_en for t in data["topics"]]
                meetings.append(
                    dict(
                        id=meeting_pk,
                        date=data["date"],
                        place=data["place"],
                        place_country_id=data["place_country"].code,
                        review_state=data["review_state"],
                        created_at=now,
                        updated_at=now,
                        search_title=normalized(title),
                        search_entities=NAME_SEPARATOR.join(map(normalized, entities)),
                        search_names=NAME_SEPARATOR.join(
                            normalized(person["name"]) for person in data["people"]
                        ),
                        search_body=f"{search_normalize(evidence)} {body}",
                    )
                )
                source_pk += 1
                sources.append(
                    dict(
                        id=source_pk,
                        meeting_id=meeting_pk,
                        article_id=article_pk,
                        evidence=evidence,
                    )
                )
                for country in data["countries"]:
                    country_link += 1
                    countries.append((country_link, meeting_pk, country.code))
                for topic in data["topics"]:
                    topic_link += 1
                    topics.append((topic_link, meeting_pk, topic.code))
        tables = []
        for model, instances in (
            (Article, articles),
            (Meeting, meetings),
            (MeetingSource, sources),
            (Participation, participations),
        ):
            columns, values = model_rows(model, instances)
            tables.append((model._meta.db_table, columns, list(values)))
        through = ["id", "meeting_id", "country_id"]
        tables.append((Meeting.countries.through._meta.db_table, through, countries))
        through = ["id", "meeting_id", "topic_id"]
        tables.append((Meeting.topics.through._meta.db_table, through, topics))
        queue.put(Batch(tables, batch_start + len(articles), meeting_pk, participation_pk))
    queue.put(None)


def drop_secondary_indexes(cursor, tables: list[str]) -> list[str]:
    """Drop the tables' indexes that back no constraint, and return their definitions.

    Kept up row by row, the search vectors' GIN indexes cost more than the load itself;
    built once at the end, from the definitions the migrations made, they cost a
    fraction. Inside the load's transaction, a failed load brings them back.
    """
    cursor.execute(
        "SELECT indexname, indexdef FROM pg_indexes i WHERE schemaname = current_schema() "
        "AND tablename = ANY(%s) AND NOT EXISTS "
        "(SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)",
        [tables],
    )
    rows = cursor.fetchall()
    for name, _definition in rows:
        cursor.execute(f'DROP INDEX "{name}"')
    return [definition for _name, definition in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--meetings", type=int, default=200_000)
    parser.add_argument("--participants", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()
    url = use_bench_database()

    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.db.models import F
    from django.utils import timezone

    from meetings.models import (
        Article,
        DataVersion,
        FacetTotal,
        Meeting,
        MeetingFacetRow,
        MeetingSource,
        MonthTotal,
        Participant,
        Participation,
    )
    from meetings.search import search_normalize

    # The migrations' own backfills, so the benchmark's derived data (facet rows, the
    # participations' copies of their meetings' dates) is built the same way.
    facet_rows_sql = importlib.import_module("meetings.migrations.0005_facet_rows").BACKFILL
    participation_copies_sql = importlib.import_module(
        "meetings.migrations.0010_participation_meeting_copy"
    ).BACKFILL
    month_totals_sql = importlib.import_module("meetings.migrations.0022_month_totals").BACKFILL

    print(f"database: {url}", flush=True)
    call_command("migrate", verbosity=0)
    started = time.monotonic()
    tables = [Article, Meeting, MeetingSource, Participant, Participation]
    tables += [Meeting.countries.through, Meeting.topics.through, MeetingFacetRow, FacetTotal]
    tables += [MonthTotal]
    with connection.cursor() as cursor:
        names = ", ".join(f'"{model._meta.db_table}"' for model in tables)
        cursor.execute(f"TRUNCATE {names} RESTART IDENTITY CASCADE")

    generator = Generator(options.seed, options.participants)
    now = timezone.now()
    with transaction.atomic(), connection.cursor() as cursor:
        # Django's foreign keys are deferred: left on, millions of checks would run at
        # COMMIT and take longer than the load. The rows are consistent by construction,
        # and this is a throwaway benchmark database (the setting needs a superuser).
        cursor.execute("SET LOCAL session_replication_role = replica")
        cursor.execute("SET LOCAL maintenance_work_mem = '512MB'")
        indexes = drop_secondary_indexes(cursor, [model._meta.db_table for model in tables])
        raw = cursor.cursor
        participants = []
        for pk, person in enumerate(generator.participants, start=1):
            person["pk"] = pk
            participants.append(
                dict(
                    id=pk,
                    name=person["name"],
                    name_normalized=search_normalize(person["name"]),
                    country_id=person["country"].code,
                )
            )
        copy_rows(raw, Participant._meta.db_table, *model_rows(Participant, participants))
        print(f"{len(participants)} participants", flush=True)

        # One process writes the rows while another makes the next batch: on two
        # cores, the load takes about as long as the slower of the two.
        batches = multiprocessing.get_context("fork").Queue(maxsize=2)
        maker = multiprocessing.get_context("fork").Process(
            target=make_batches, args=(batches, generator, options, now), daemon=True
        )
        maker.start()
        meetings = participations = 0
        while (batch := batches.get()) is not None:
            for table, columns, rows in batch.tables:
                copy_rows(raw, table, columns, rows)
            meetings, participations = batch.meetings, batch.participations
            print(
                f"{batch.articles:>8} articles  {meetings:>8} meetings  "
                f"{time.monotonic() - started:6.0f} s",
                flush=True,
            )
        maker.join()
        if maker.exitcode:
            sys.exit(f"making the data failed (exit code {maker.exitcode})")
        print(f"loaded in {time.monotonic() - started:.0f} s; deriving", flush=True)
        # Triggers are off in this session (replica), so the totals are summed here.
        cursor.execute(facet_rows_sql)
        cursor.execute(participation_copies_sql)
        cursor.execute(
            "INSERT INTO meetings_facettotal (facet, value, count) "
            "SELECT pairs.facet, pairs.value, count(*) FROM meetings_meetingfacetrow r, "
            "meetings_facet_pairs(r) AS pairs GROUP BY 1, 2"
        )
        cursor.execute(month_totals_sql)
        print(f"derived in {time.monotonic() - started:.0f} s; indexing", flush=True)
        for definition in indexes:
            cursor.execute(definition)
        print(f"indexed in {time.monotonic() - started:.0f} s", flush=True)
        for model in tables:
            if model is MeetingFacetRow:  # keyed by meeting, no sequence of its own
                continue
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('\"{model._meta.db_table}\"', 'id'), "
                f'COALESCE(MAX(id), 1)) FROM "{model._meta.db_table}"'
            )
    DataVersion.objects.filter(pk=1).update(value=F("value") + 1)
    cache.clear()
    with connection.cursor() as cursor:
        # Fresh statistics and visibility maps: the planner needs the first, index-only
        # scans (used by the counts) need the second.
        cursor.execute("VACUUM ANALYZE")
    print(
        f"done: {options.articles} articles, {meetings} meetings, {participations} "
        f"participations in {time.monotonic() - started:.0f} s",
        flush=True,
    )


if __name__ == "__main__":
    main()
