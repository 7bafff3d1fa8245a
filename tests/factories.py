"""Factories for the archive's models; tests build data through these."""

import datetime

import factory

from meetings.models import (
    Article,
    Country,
    Meeting,
    MeetingSource,
    Participant,
    Participation,
    Topic,
)


def country(code: str) -> Country:
    """A country loaded by the data migration."""
    return Country.objects.get(code=code)


def topic(code: str) -> Topic:
    return Topic.objects.get(code=code)


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"خبر رقم {n}")
    outlet = "وكالة الاختبار"
    url = factory.Sequence(lambda n: f"https://example.org/news/{n}")
    published = datetime.date(2024, 5, 15)
    raw_text = factory.Sequence(lambda n: f"نص الخبر رقم {n} عن لقاء أمني.")
    text = factory.SelfAttribute("raw_text")
    content_hash = factory.LazyAttribute(lambda article: Article.hash_text(article.raw_text))


class ParticipantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Participant

    name = factory.Sequence(lambda n: f"مشارك رقم {n}")
    kind = Participant.Kind.PERSON
    country = factory.LazyFunction(lambda: country("LY"))


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting
        skip_postgeneration_save = True

    date = datetime.date(2024, 5, 14)
    place = "طرابلس"
    place_country = factory.LazyFunction(lambda: country("LY"))

    @factory.post_generation
    def countries(self, create, extracted, **kwargs):
        if create and extracted:
            self.countries.set(extracted)

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)


class MeetingSourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MeetingSource

    meeting = factory.SubFactory(MeetingFactory)
    article = factory.SubFactory(ArticleFactory)
    evidence = "التقى الوزير نظيره في طرابلس."


class ParticipationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Participation

    meeting = factory.SubFactory(MeetingFactory)
    participant = factory.SubFactory(ParticipantFactory)
    role = "وزير الداخلية"
    ministry = "interior"
    country = factory.SelfAttribute("participant.country")
