"""The admin's forms: lists edited one entry per line."""

from django import forms
from django.contrib.postgres.forms import SimpleArrayField
from django.utils.translation import gettext_lazy as _

from meetings.models import (
    Participant,
    Topic,
)


class LinesArrayField(SimpleArrayField):
    """A list edited one item per line; blank lines are ignored."""

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", forms.Textarea(attrs={"rows": 5, "dir": "rtl"}))
        super().__init__(forms.CharField(max_length=300), delimiter="\n", **kwargs)

    def prepare_value(self, value):
        return "\n".join(value) if isinstance(value, list) else value

    def to_python(self, value):
        lines = [line.strip() for line in (value or "").splitlines()]
        return super().to_python("\n".join(line for line in lines if line))


class ParticipantForm(forms.ModelForm):
    aliases = LinesArrayField(
        required=False,
        label=_("aliases"),
        help_text=_("One form of the name per line; articles using any of them link here."),
    )

    class Meta:
        model = Participant
        fields = ["name", "aliases", "kind", "country"]


class TopicForm(forms.ModelForm):
    cue_words = LinesArrayField(
        required=False,
        label=_("cue words"),
        help_text=_("One Arabic word or phrase per line; used from the next (re-)extraction."),
    )

    class Meta:
        model = Topic
        fields = ["code", "name_ar", "name_en", "cue_words"]
