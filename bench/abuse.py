"""Hostile input against a live archive on loopback: the figures bench/abuse.sh prints.

bench/abuse.sh runs the steps in order and starts and stops the servers in between;
each step can also be run on its own:

    abuse.py prepare                        fresh scratch databases; prints the URL to serve
    abuse.py nginx-conf DIR APP_PORT PORT   archive/nginx.conf made runnable on loopback
    abuse.py requests GUNICORN NGINX LOG    hostile requests, sign-ins, implausible dates
    abuse.py ingest                         concurrent ingestion of the same meetings
    abuse.py slow GUNICORN NGINX            slow clients

GUNICORN and NGINX are base URLs (http://127.0.0.1:PORT) of one server each, nginx
in front of that gunicorn. Every database used is named after BENCH_DATABASE
(default ``bench_abuse``, which must contain "bench"; see bench/benchdb.py), on the
embedded server or the one DATABASE_URL points at, and is dropped and re-created on
each run. Nothing but 127.0.0.1 is ever contacted; every request has a timeout.
"""

import argparse
import datetime
import http.client
import json
import os
import pwd
import re
import runpy
import select
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchdb import ROOT, bench_database  # noqa: E402

PYTHON = sys.executable
BASE_NAME = os.environ.get("BENCH_DATABASE", "bench_abuse")
# The served database (samples, an editor) and three empty ones for ingestion.
SERVED, SEQUENTIAL, CONCURRENT, SAME = (
    BASE_NAME,
    f"{BASE_NAME}_sequential",
    f"{BASE_NAME}_concurrent",
    f"{BASE_NAME}_same",
)
EDITOR, EDITOR_PASSWORD = "abuse_editor", "correct-horse-battery-9"
TIMEOUT = 15.0  # seconds for any one request
INGEST_TIMEOUT = 300.0  # seconds for any one `manage.py ingest`


# --- HTTP ------------------------------------------------------------------------------


@dataclass
class Reply:
    status: int | None  # None: no answer (timed out, refused, reset)
    seconds: float
    body: bytes = b""
    location: str = ""
    cookies: dict[str, str] = field(default_factory=dict)
    error: str = ""

    def describe(self) -> str:
        if self.status is None:
            return f"{'—':>3} {self.error[:9]:>9} {self.seconds * 1000:6.0f} ms"
        return f"{self.status:>3} {_size(len(self.body)):>9} {self.seconds * 1000:6.0f} ms"


def fetch(
    base: str,
    path: str,
    *,
    form: dict[str, str] | None = None,
    cookies: dict[str, str] | None = None,
    timeout: float = TIMEOUT,
) -> Reply:
    """One request, sent as written (no normalisation of ``path``); GET, or POST a form."""
    address = urlsplit(base)
    conn = http.client.HTTPConnection(address.hostname, address.port, timeout=timeout)
    headers = {}
    if cookies:
        headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in cookies.items())
    body = None
    if form is not None:
        body = urlencode(form)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    started = time.monotonic()
    try:
        conn.request("POST" if form is not None else "GET", path, body=body, headers=headers)
        response = conn.getresponse()
        content = response.read()
    except (OSError, http.client.HTTPException) as error:
        return Reply(None, time.monotonic() - started, error=type(error).__name__)
    finally:
        conn.close()
    received = {}
    for header in response.headers.get_all("Set-Cookie") or []:
        name, _, rest = header.partition("=")
        received[name.strip()] = rest.split(";", 1)[0]
    return Reply(
        response.status,
        time.monotonic() - started,
        content,
        response.headers.get("Location", ""),
        received,
    )


def _size(n: int) -> str:
    return f"{n} B" if n < 1000 else f"{n / 1000:.1f} kB"


def _csrf(base: str, cookies: dict[str, str]) -> str:
    """The admin sign-in form's CSRF token; sets the csrftoken cookie in ``cookies``."""
    reply = fetch(base, "/admin/login/", cookies=cookies)
    cookies.update(reply.cookies)
    found = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', reply.body)
    return found.group(1).decode() if found else ""


def sign_in(base: str, password: str, *, next_url: str = "", cookies=None) -> Reply:
    cookies = {} if cookies is None else cookies
    form = {"csrfmiddlewaretoken": _csrf(base, cookies), "username": EDITOR}
    form |= {"password": password, "next": next_url}
    reply = fetch(base, "/admin/login/", form=form, cookies=cookies)
    cookies.update(reply.cookies)
    return reply


# --- prepare ---------------------------------------------------------------------------


def manage(*args: str, url: str, timeout: float = INGEST_TIMEOUT, **env: str):
    """``manage.py ARGS`` against the database at ``url``; the completed process."""
    return subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": url, **env},
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def checked(result: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    if result.returncode:
        sys.exit(f"{' '.join(result.args[1:3])} failed:\n{result.stdout}{result.stderr}")
    return result


def prepare() -> None:
    """Migrate a fresh served database, copy it for the ingestion runs, then load the
    samples and an editor into it; print its URL."""
    url = bench_database(SERVED, fresh=True)
    checked(manage("migrate", "--noinput", url=url))
    for name in (SEQUENTIAL, CONCURRENT, SAME):
        bench_database(name, fresh=True, template=SERVED)
    checked(manage("load_samples", url=url))
    checked(manage("create_editor", EDITOR, url=url, EDITOR_PASSWORD=EDITOR_PASSWORD))
    print(url)


# --- nginx -----------------------------------------------------------------------------

# What the official image's /etc/nginx/nginx.conf gives archive/nginx.conf, with every
# file nginx writes under DIR, so that it runs unprivileged.
NGINX_MAIN = """\
worker_processes auto;
pid {dir}/nginx.pid;
error_log {dir}/error.log warn;
{user}
events {{
    worker_connections 1024;
}}
http {{
    default_type application/octet-stream;
    access_log {dir}/access.log;
    client_body_temp_path {dir}/client_body;
    proxy_temp_path {dir}/proxy;
    fastcgi_temp_path {dir}/fastcgi;
    uwsgi_temp_path {dir}/uwsgi;
    scgi_temp_path {dir}/scgi;
    include {dir}/archive.conf;
}}
"""


def nginx_conf(directory: Path, app_port: int, port: int) -> None:
    """Write DIR/nginx.conf: the repository's archive/nginx.conf with its upstream and
    listening address moved to loopback, inside a main file of our own."""
    config = (ROOT / "archive" / "nginx.conf").read_text()
    for line, replacement in (
        ("server web:8000;", f"server 127.0.0.1:{app_port};"),
        ("listen 80;", f"listen 127.0.0.1:{port};"),
    ):
        if config.count(line) != 1:
            sys.exit(f"archive/nginx.conf: expected one {line!r} to rewrite")
        config = config.replace(line, replacement)
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "archive.conf").write_text(config)
    # Started by root, nginx would run its workers as "nobody", who cannot write here.
    user = f"user {pwd.getpwuid(0).pw_name};" if os.geteuid() == 0 else ""
    (directory / "nginx.conf").write_text(NGINX_MAIN.format(dir=directory, user=user))


# --- hostile requests ------------------------------------------------------------------

HOSTILE = [
    "/?place=%00",
    "/meetings.atom?place=%00",
    "/meetings.csv?place=%00",
    "/meetings.json?place=%00",
    "/admin/meetings/meeting/?place=%00",
    "/countries/%00/",
    "/?q=%00",
    "/?country=%00&topic=%00",
    "/?participant=%00",
    "/meetings.atom?q=%00",
    "/admin/meetings/meeting/abc/change/",
    "/admin/meetings/meeting/?q=%00",
    # Long query strings: within gunicorn's and nginx's 8 kB request line, then beyond.
    "/?q=" + quote("هجرة " * 220),
    "/?q=" + "x" * 3900,
    "/?q=" + "x" * 20_000,
    # Many parameters: a facet repeated, and more than Django parses (1,000).
    "/?" + "&".join(["country=LY"] * 500),
    "/meetings.csv?" + "&".join(["topic=migration"] * 400),
    "/?" + "&".join(["a=1"] * 1200),
    "/?page=abc",
    "/?page=0",
    "/?page=-1",
    "/?page=99999999999999999999",
    "/?page=1e9",
    "/meetings.json?page=99999999",
    "/?year=99999",
    "/?year=0",
    "/?year=-5",
    "/?month=13",
    "/?date_after=0001-01-01",
    "/?date_before=9999-12-31",
    "/?date_after=2024-02-30",
    "/meetings.atom?date_after=0001-01-01",
    "/?participant=99999999999999999999",
    "/meetings/99999999999999999999/",
    "/people/99999999999999999999/",
    # Bytes that are not UTF-8, and an encoded surrogate.
    "/?q=%FF",
    "/?place=%FF%FE",
    "/?q=%ED%A0%80",
    "/countries/%FF/",
    "/topics/%FF%FE/",
    "/admin/meetings/meeting/?q=%FF",
    # Paths that climb out of where they start.
    "/static/../../archive/settings.py",
    "/static/..%2f..%2farchive%2fsettings.py",
    "/static/%2e%2e/%2e%2e/etc/passwd",
    "/..%2f..%2f..%2fetc%2fpasswd",
    "/static/css/..%5c..%5cREADME.md",
    "/countries/..%2f..%2fadmin/",
]
# Paths an editor's session reaches further into the admin with.
HOSTILE_SIGNED_IN = [
    "/admin/meetings/meeting/?place=%00",
    "/admin/meetings/meeting/?q=%00",
    "/admin/meetings/meeting/?q=%FF",
    "/admin/meetings/meeting/abc/change/",
    "/admin/meetings/meeting/99999999999999999999/change/",
    "/admin/meetings/meeting/?date__gte=0001-01-01",
    "/admin/meetings/meeting/?p=abc",
    "/admin/meetings/meeting/?o=999",
    "/admin/meetings/participant/?q=%00",
    "/admin/meetings/article/?q=" + "x" * 3000,
]
UNSAFE_NEXT = [
    "https://evil.example/",
    "//evil.example/",
    "/\\evil.example/",
    "javascript:alert(1)",
]
WRONG_PASSWORDS = 50
IMPLAUSIBLE = [
    ("9999-12-31", "التقى وزير الداخلية الليبي نظيره الإيطالي في طرابلس لبحث الهجرة."),
    ("0001-01-01", "استقبل وزير الداخلية الليبي نظيره الإيطالي في طرابلس لبحث ملف الهجرة."),
]


def requests(gunicorn: str, nginx: str, log: Path) -> None:
    print("Hostile requests, each sent to nginx and straight to gunicorn (status, size, time):")
    tried, errors = _table(HOSTILE, gunicorn, nginx, {})
    cookies = {}
    signed_in = sign_in(nginx, EDITOR_PASSWORD, cookies=cookies)
    print(f"\nThe same as a signed-in editor (sign-in: {signed_in.status} → {signed_in.location}):")
    more = _table(HOSTILE_SIGNED_IN, gunicorn, nginx, cookies)
    tried, errors = tried + more[0], errors + more[1]
    # A NUL in form data rather than in the URL.
    nul = {"csrfmiddlewaretoken": _csrf(nginx, jar := {}), "username": "a\x00b", "password": "x"}
    reply = fetch(nginx, "/admin/login/", form=nul, cookies=jar)
    print(f"{'POST /admin/login/ username with a NUL':<56} {reply.describe()}")
    tried, errors = tried + 1, errors + _is_5xx(reply)
    print(f"\nRequests tried: {tried}; answered 5xx: {errors}; the issue wants 0.")

    print("\nSign-in with an unsafe `next` (the right password; where it redirects):")
    for next_url in UNSAFE_NEXT:
        reply = sign_in(nginx, EDITOR_PASSWORD, next_url=next_url)
        print(
            f"  next={next_url:<22} {reply.status} → {reply.location or '(none)'}"
            f"  {_verdict(reply.location)}"
        )
    jar = {}
    token = _csrf(nginx, jar)
    for next_url in UNSAFE_NEXT[:2]:
        form = {"csrfmiddlewaretoken": token, "language": "en", "next": next_url}
        reply = fetch(nginx, "/i18n/setlang/", form=form, cookies=jar)
        print(
            f"  /i18n/setlang/ next={next_url:<22} {reply.status} → "
            f"{reply.location or '(none)'}  {_verdict(reply.location)}"
        )

    _brute_force(nginx)
    _implausible_dates(nginx)
    _server_errors(log)


def _table(rows, gunicorn: str, nginx: str, cookies: dict) -> tuple[int, int]:
    print(f"{'request':<56} {'nginx':<21} gunicorn")
    tried = errors = 0
    for path in rows:
        label = path if len(path) <= 56 else f"{path[:36]}… ({len(path):,} bytes)"
        via_nginx = fetch(nginx, path, cookies=cookies)
        direct = fetch(gunicorn, path, cookies=cookies)
        tried, errors = tried + 2, errors + _is_5xx(via_nginx) + _is_5xx(direct)
        flag = "  <-- 5xx" if _is_5xx(via_nginx) or _is_5xx(direct) else ""
        print(f"{label[:56]:<56} {via_nginx.describe():<21} {direct.describe()}{flag}")
    return tried, errors


def _is_5xx(reply: Reply) -> int:
    return int(reply.status is not None and reply.status >= 500)


def _verdict(location: str) -> str:
    target = urlsplit(location)
    local = not target.netloc and not target.scheme and location.startswith("/")
    return "(stays on the site)" if local and "\\" not in location else "(LEAVES THE SITE)"


def _server_errors(log: Path) -> None:
    """The exceptions gunicorn's log names, each once with the times it did."""
    if not log.exists():
        return
    seen = Counter(
        line.strip()[:150]
        for line in log.read_text(errors="replace").splitlines()
        if re.match(r"^[\w.]*(Error|Exception|Warning)\b.*:", line.strip())
    )
    if seen:
        print("\nExceptions named in gunicorn's log (a 5xx's traceback, or a logged 4xx):")
        for line, count in seen.most_common(10):
            print(f"  {count:>3} × {line}")


def _brute_force(nginx: str) -> None:
    print(f"\n{WRONG_PASSWORDS} wrong passwords in a row for {EDITOR!r}, through nginx:")
    outcomes = Counter()
    started = time.monotonic()
    cookies = {}
    for n in range(WRONG_PASSWORDS):
        reply = sign_in(nginx, f"wrong-password-{n}", cookies=cookies)
        outcomes[_sign_in_outcome(reply)] += 1
    took = time.monotonic() - started
    for outcome, count in outcomes.most_common():
        print(f"  {count:>3} × {outcome}")
    print(f"  ({took:.1f} s in all, {took / WRONG_PASSWORDS * 1000:.0f} ms each)")
    reply = sign_in(nginx, EDITOR_PASSWORD)
    print(f"  then the right password: {_sign_in_outcome(reply)}")


def _sign_in_outcome(reply: Reply) -> str:
    if reply.status == 302:
        return f"302 signed in (→ {reply.location})"
    if reply.status == 200 and b"errornote" in reply.body and b'name="password"' in reply.body:
        return "200 the sign-in form again: the password was checked and was wrong"
    if reply.status is None:
        return f"no answer ({reply.error})"
    return f"{reply.status} refused without a password check (locked out)"


def _implausible_dates(nginx: str) -> None:
    print("\nImplausible published dates, ingested into the served database:")
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "implausible.jsonl"
        path.write_text(
            "".join(
                json.dumps(
                    {
                        "url": f"https://example.org/abuse/{published}",
                        "title": "وزير الداخلية الليبي يلتقي نظيره الإيطالي",
                        "published": published,
                        "text": text,
                    },
                    ensure_ascii=False,
                )
                + "\n"
                for published, text in IMPLAUSIBLE
            )
        )
        result = manage("ingest", "-v", "2", str(path), url=bench_database(SERVED))
    for line in (result.stdout + result.stderr).strip().splitlines():
        print(f"  ingest: {line[:160]}")
    print(f"  ingest exit status: {result.returncode}")
    for path in ("/countries/LY/", "/countries/IT/", "/topics/migration/", "/", "/meetings.atom"):
        reply = fetch(nginx, path)
        print(f"  GET {path:<22} {reply.describe()}{'  <-- 5xx' if _is_5xx(reply) else ''}")


# --- concurrent ingestion --------------------------------------------------------------

WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
MONTHS = "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()


@dataclass(frozen=True)
class Official:
    office: str
    nationality: str
    name: str
    woman: bool = False

    def __str__(self) -> str:
        return f"{self.office} {self.nationality} {self.name}"


# Invented people, and the meetings between them: date, place, host, guest, and what
# they discussed in two wordings, one for each outlet. Some people meet more than once,
# so both runs look the same person up (or create them) again and again.
_PEOPLE_LINES = """\
zarruq | وزير الداخلية | الليبي | مفتاح الزروق
martini | وزير الداخلية | الإيطالي | جوليو مارتيني
jlassi | وزير الخارجية | التونسي | حاتم الجلاصي
belaid | وزير الخارجية | الجزائري | رضا بلعيد
moneim | وزير الدفاع | المصري | شريف عبد المنعم
hamdan | وزير الدفاع | السوداني | عثمان حمدان
wazzani | وزير الداخلية | المغربي | إدريس الوزاني
molina | وزير الداخلية | الإسباني | خافيير مولينا
abbadi | وزير الخارجية | الأردني | فارس العبادي
saadi | وزير الخارجية | العراقي | حيدر الساعدي
arda | وزير الدفاع | التركي | كمال أردا
shaibani | وزير الدفاع | الليبي | عادل الشيباني
caruso | وزير العدل | الإيطالي | لورينزو كاروزو
dersi | وزير العدل | الليبي | نوري الدرسي
hammouda | وزير الطاقة | الجزائري | سمير حمودة
barghathi | وزير النفط | الليبي | خليفة البرغثي
bouvier | وزير الخارجية | الفرنسي | إتيان بوفييه
hamdi | وزير الخارجية | التونسي | منير الحامدي
camilleri | وزير الداخلية | المالطي | جوزيف كاميليري
shenawi | وزير الخارجية | المصري | ياسر الشناوي
benomran | وزيرة الخارجية | الليبية | سعاد بن عمران
brandt | وزيرة الداخلية | الألمانية | كلاوديا برانت
kafi | وزير الداخلية | التونسي | لطفي الكافي
kuwari | وزير الخارجية | القطري | عبد العزيز الكواري
papas | وزير الدفاع | اليوناني | ديميتريس باباس
deby | وزير الداخلية | التشادي | موسى محمد ديبي
serrano | وزير الخارجية | الإسباني | أنطونيو سيرانو
tazi | وزير الخارجية | المغربي | يوسف التازي
fituri | وزير المواصلات | الليبي | رمزي الفيتوري
demir | وزير النقل | التركي | أوغور دمير
baji | وزيرة الصحة | التونسية | هالة الباجي
atrash | وزير الصحة | الليبي | فوزي الأطرش
galli | وزير الخارجية | الإيطالي | ستيفانو غالي
kacemi | وزير الداخلية | الجزائري | نور الدين قاسمي
""".splitlines()
PEOPLE = {
    key: Official(office, nationality, name, woman=office.startswith("وزيرة"))
    for key, office, nationality, name in (line.split(" | ") for line in _PEOPLE_LINES)
}
# Two lines a meeting: date | place | host | guest, then the topics in A's and B's words.
_MEETING_LINES = """\
2025-01-12 | طرابلس | zarruq | martini
    مكافحة الهجرة غير النظامية | ملف الهجرة غير الشرعية عبر البحر
2025-01-19 | تونس | jlassi | belaid
    تأمين الحدود المشتركة | الوضع على الحدود بين البلدين
2025-01-26 | القاهرة | moneim | hamdan
    التعاون العسكري وبرامج التدريب | تطوير التعاون الدفاعي والتدريب المشترك
2025-02-02 | الرباط | wazzani | molina
    الهجرة غير النظامية وتبادل المعلومات | التنسيق الأمني في ملف الهجرة
2025-02-09 | عمان | abbadi | saadi
    العلاقات الثنائية والتبادل التجاري | تعزيز العلاقات بين البلدين
2025-02-16 | أنقرة | arda | shaibani
    التعاون العسكري | برامج التدريب العسكري المشترك
2025-02-23 | روما | caruso | dersi
    التعاون القضائي وتسليم المطلوبين | اتفاقية التعاون القضائي بين البلدين
2025-03-02 | الجزائر العاصمة | hammouda | barghathi
    التعاون في مجال النفط والغاز | مشاريع الطاقة المشتركة
2025-03-09 | باريس | bouvier | hamdi
    العلاقات الثنائية | آفاق التعاون بين البلدين
2025-03-16 | فاليتا | camilleri | zarruq
    الهجرة غير النظامية وأمن السواحل | مراقبة السواحل والحد من الهجرة
2025-03-23 | القاهرة | shenawi | benomran
    الأوضاع الإقليمية والعلاقات الثنائية | التطورات في المنطقة
2025-03-30 | برلين | brandt | kafi
    الهجرة وتبادل المعلومات الأمنية | التعاون الأمني في ملف الهجرة
2025-04-06 | الدوحة | kuwari | abbadi
    العلاقات الثنائية | تعزيز التعاون بين البلدين
2025-04-13 | أثينا | papas | moneim
    الأمن البحري في شرق المتوسط | التعاون الدفاعي في البحر المتوسط
2025-04-20 | انجامينا | deby | zarruq
    تأمين الحدود المشتركة ومكافحة التهريب | ضبط الحدود ومكافحة تهريب البشر
2025-04-27 | مدريد | serrano | tazi
    العلاقات الثنائية والهجرة | التعاون بين البلدين في ملف الهجرة
2025-05-04 | طرابلس | fituri | demir
    استئناف الرحلات الجوية | الربط الجوي والبحري بين البلدين
2025-05-11 | تونس | baji | atrash
    التعاون الصحي | علاج المرضى وتبادل الخبرات الطبية
2025-05-18 | روما | galli | benomran
    الهجرة والتعاون الاقتصادي | ملفي الهجرة والاستثمار
2025-05-25 | الجزائر العاصمة | kacemi | kafi
    تأمين الحدود المشتركة | التنسيق الأمني على الحدود
""".splitlines()
MEETINGS = [
    (date, place, PEOPLE[host], PEOPLE[guest], *topics.strip().split(" | "))
    for date, place, host, guest, topics in (
        (*first.split(" | "), second)
        for first, second in zip(_MEETING_LINES[::2], _MEETING_LINES[1::2], strict=True)
    )
]


def _verb(masculine: str, feminine: str, who: Official) -> str:
    return feminine if who.woman else masculine


def _report_a(i, day, place, host, guest, topic) -> str:
    """The first outlet's report: the host's side of the meeting."""
    return [
        f"{_verb('استقبل', 'استقبلت', host)} {host} في {place} يوم {day} {guest}، "
        f"وبحث الجانبان {topic}.\n"
        "وقال بيان مشترك إن الطرفين اتفقا على عقد اجتماع آخر قبل نهاية العام.",
        f"{_verb('التقى', 'التقت', host)} {host} {guest} يوم {day} في {place}، "
        f"وتناول اللقاء {topic}.\nوأشاد الجانبان بمستوى التعاون بين البلدين.",
        f"{_verb('عقد', 'عقدت', host)} {host} و{guest} اجتماعا في {place} يوم {day} "
        f"خصص لبحث {topic}.\nوحضر الاجتماع عدد من كبار المسؤولين في البلدين.",
    ][i % 3]


def _report_b(i, day, place, host, guest, topic) -> str:
    """The second outlet's report of the same meeting, in other words: the guest's side."""
    return [
        f"{_verb('أجرى', 'أجرت', guest)} {guest} في {place} يوم {day} محادثات مع {host} "
        f"تناولت {topic}.\nوأكد المسؤولان حرصهما على متابعة ما اتفقا عليه.",
        f"{_verb('بحث', 'بحثت', guest)} {guest} مع {host} خلال لقائهما في {place} يوم {day} "
        f"{topic}.\nوأضاف مصدر رسمي أن اللقاء جرى في أجواء إيجابية.",
        f"في {place}، {_verb('اجتمع', 'اجتمعت', guest)} {guest} و{host} يوم {day}، "
        f"وناقشا {topic}.\nولم يصدر عن الاجتماع بيان ختامي.",
    ][i % 3]


def write_reports(directory: Path) -> tuple[Path, Path]:
    """Two JSON Lines files, each reporting every meeting of MEETINGS once."""
    paths = (directory / "a" / "outlet-a.jsonl", directory / "b" / "outlet-b.jsonl")
    lines = ([], [])
    for i, (iso, place, host, guest, topic_a, topic_b) in enumerate(MEETINGS):
        date = datetime.date.fromisoformat(iso)
        day = f"{WEEKDAYS[date.weekday()]} {date.day} {MONTHS[date.month - 1]} {date.year}"
        for side, (write, topic, outlet) in enumerate(
            ((_report_a, topic_a, "outlet-a"), (_report_b, topic_b, "outlet-b"))
        ):
            record = {
                "url": f"https://{outlet}.example/news/{iso}/{i}",
                "title": f"{host.office} {host.nationality} و{guest.office} {guest.nationality}",
                "published": iso,
                "text": write(i, day, place, host, guest, topic),
            }
            lines[side].append(json.dumps(record, ensure_ascii=False))
    for path, rows in zip(paths, lines, strict=True):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return paths


def ingest() -> None:
    with tempfile.TemporaryDirectory() as directory:
        a, b = write_reports(Path(directory))
        both = Path(directory) / "both"
        both.mkdir()
        shutil.copy(a, both)
        shutil.copy(b, both)
        print(
            f"Ingestion: {len(MEETINGS)} invented meetings, each reported by two articles "
            "(outlet A, outlet B: other words, the same date and people, other URLs)."
        )
        rows = []
        url = bench_database(SEQUENTIAL)
        runs = [manage("ingest", str(a), url=url), manage("ingest", str(b), url=url)]
        rows.append(("A, then B (sequential)", counts(url), runs))
        url = bench_database(CONCURRENT)
        runs = _at_once(["ingest", str(a)], ["ingest", str(b)], url=url)
        rows.append(("A and B at the same time", counts(url), runs))
        url = bench_database(SAME)
        runs = _at_once(["ingest", str(both)], ["ingest", str(both)], url=url)
        rows.append(("A+B directory twice, at the same time", counts(url), runs))

    expected = rows[0][1]
    print(f"\n{'':<40} {'people':>7} {'meetings':>9} {'articles':>9} {'sources':>8}")
    for label, found, _runs in rows:
        extra = ""
        if found != expected:
            gap = [f - e for f, e in zip(found, expected, strict=True)]
            extra = f"  duplicates: people {gap[0]:+d}, meetings {gap[1]:+d}, articles {gap[2]:+d}"
        print(f"{label:<40} {found[0]:>7} {found[1]:>9} {found[2]:>9} {found[3]:>8}{extra}")
    print("(wanted: the concurrent rows equal the sequential one, no duplicates)")
    for label, _found, runs in rows:
        print(f"\n{label}:")
        for name, run in zip(("run 1", "run 2"), runs, strict=True):
            summary = _summary(run)
            print(f"  {name}: exit {run.returncode}; {summary}")
            failures = [line for line in run.stderr.splitlines() if line.strip()]
            for line in failures[:3]:
                print(f"         {line[:150]}")
            if len(failures) > 3:
                print(f"         … {len(failures) - 3} more lines on stderr")


def _at_once(first: list[str], second: list[str], *, url: str):
    """Two `manage.py` runs started together; both completed processes."""
    env = {**os.environ, "DATABASE_URL": url}
    processes = [
        subprocess.Popen(
            [PYTHON, "manage.py", *args],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for args in (first, second)
    ]
    results = []
    for process in processes:
        try:
            stdout, stderr = process.communicate(timeout=INGEST_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            stdout, stderr = process.communicate()
            stderr += f"\n(killed after {INGEST_TIMEOUT:.0f} s)"
        results.append(
            subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)
        )
    return results


def _summary(run: subprocess.CompletedProcess) -> str:
    found = re.search(r"Ingested .*", run.stdout)
    return found.group(0) if found else "(no summary line)"


def counts(url: str) -> tuple[int, int, int, int]:
    import psycopg

    with psycopg.connect(url) as conn:
        return conn.execute(
            "SELECT (SELECT count(*) FROM meetings_participant WHERE kind = 'person'),"
            " (SELECT count(*) FROM meetings_meeting),"
            " (SELECT count(*) FROM meetings_article),"
            " (SELECT count(*) FROM meetings_meetingsource)"
        ).fetchone()


# --- slow clients ----------------------------------------------------------------------

SLOW_CLIENTS = 16
NORMAL_REQUESTS = 10
SLOW_FOR = 15.0  # seconds the slow clients keep at it, at least
# A request whose headers never end: a client may send them as slowly as it likes.
ENDLESS_REQUEST = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + b"X-Slow: a\r\n" * 10_000


def slow(gunicorn: str, nginx: str) -> None:
    config = runpy.run_path(str(ROOT / "archive" / "gunicorn.conf.py"))
    print(
        f"Slow clients: {SLOW_CLIENTS} connections sending their headers a byte a second "
        f"(reconnecting when closed), and meanwhile {NORMAL_REQUESTS} GET / started 0.5 s "
        f"apart, each given {TIMEOUT:.0f} s; the slow clients go on for {SLOW_FOR:.0f} s at "
        f"least. gunicorn: {config['workers']} {config['worker_class']} workers x "
        f"{config['threads']} threads."
    )
    print(
        f"\n{'':<22} {'alone':>8} {'with slow clients:':>19} {'median':>7} {'max':>7} "
        f"{'no answer':>10} {'slow connections cut off':>25}"
    )
    for label, base in (("gunicorn directly", gunicorn), ("nginx, then gunicorn", nginx)):
        alone = statistics.median(fetch(base, "/").seconds for _ in range(5))
        stop = threading.Event()
        cut = Counter()
        clients = [
            threading.Thread(target=_trickle, args=(base, stop, cut), daemon=True)
            for _ in range(SLOW_CLIENTS)
        ]
        started = time.monotonic()
        for client in clients:
            client.start()
        time.sleep(3)  # every slow client connected and sending
        replies = _staggered(base)
        # Long enough for nginx's client_header_timeout (10 s) to show.
        time.sleep(max(0.0, started + SLOW_FOR - time.monotonic()))
        stop.set()
        for client in clients:
            client.join(timeout=5)
        waits = [reply.seconds for reply in replies]
        missing = sum(reply.status != 200 for reply in replies)
        # A request given up on waited its whole timeout, and would have waited longer.
        at_least = "≥" if missing else " "
        print(
            f"{label:<22} {alone:>7.3f}s {'':>19} {statistics.median(waits):>6.3f}s "
            f"{at_least}{max(waits):>6.3f}s {missing:>4} of {len(replies):<2} "
            f"{cut['closed']:>25}"
        )
        time.sleep(1)  # the server sees the slow connections close
    print("(the issue wants every GET answered within 1 s through the deployed path, nginx)")


def _trickle(base: str, stop: threading.Event, cut: Counter) -> None:
    """Keep one connection open, sending a byte a second; reconnect when it is closed."""
    address = urlsplit(base)
    while not stop.is_set():
        try:
            sock = socket.create_connection((address.hostname, address.port), timeout=5)
        except OSError:
            stop.wait(1)
            continue
        try:
            for byte in ENDLESS_REQUEST:
                sock.sendall(bytes([byte]))
                if stop.wait(1):
                    return
                # Readable means the server answered (408, 400) or closed: cut off.
                if select.select([sock], [], [], 0)[0]:
                    cut["closed"] += 1
                    break
        except OSError:
            cut["closed"] += 1
        finally:
            sock.close()


def _staggered(base: str) -> list[Reply]:
    replies: list[Reply] = []
    threads = []
    for _ in range(NORMAL_REQUESTS):
        thread = threading.Thread(target=lambda: replies.append(fetch(base, "/")))
        thread.start()
        threads.append(thread)
        time.sleep(0.5)
    for thread in threads:
        thread.join(timeout=TIMEOUT + 5)
    return replies


# --- command line ----------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    steps = parser.add_subparsers(dest="step", required=True)
    steps.add_parser("prepare")
    conf = steps.add_parser("nginx-conf")
    conf.add_argument("directory", type=Path)
    conf.add_argument("app_port", type=int)
    conf.add_argument("port", type=int)
    step = steps.add_parser("requests")
    step.add_argument("gunicorn")
    step.add_argument("nginx")
    step.add_argument("log", type=Path)
    steps.add_parser("ingest")
    step = steps.add_parser("slow")
    step.add_argument("gunicorn")
    step.add_argument("nginx")
    args = parser.parse_args()
    for name in ("gunicorn", "nginx"):
        if urlsplit(getattr(args, name, "http://127.0.0.1")).hostname != "127.0.0.1":
            sys.exit(f"{name}: only http://127.0.0.1:PORT is ever contacted")
    if args.step == "prepare":
        prepare()
    elif args.step == "nginx-conf":
        nginx_conf(args.directory.resolve(), args.app_port, args.port)
    elif args.step == "requests":
        requests(args.gunicorn, args.nginx, args.log)
    elif args.step == "ingest":
        ingest()
    else:
        slow(args.gunicorn, args.nginx)


if __name__ == "__main__":
    main()
