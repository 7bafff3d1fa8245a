"""The count sample: the meetings whose facets estimate a large list's counts."""

from django.db import models
from django.db.models import Case, F, Func, Q, Value, When
from django.db.models.functions import Mod
from django.db.models.lookups import Exact

# A list matching more meetings than the selectors can count exactly in time has its
# counts estimated from a sample: one meeting in COUNT_SAMPLE_STEPS[0], or in a larger
# step once the archive holds so many meetings that a smaller one would sample more
# than COUNT_SAMPLE_SIZE of them. The sample, and the time it takes to count, stay
# bounded however large the archive grows.
COUNT_SAMPLE_STEPS = (40, 400, 4000)
COUNT_SAMPLE_SIZE = 10_000


def count_sample_step_field(id_field: str) -> models.GeneratedField:
    """The largest step of COUNT_SAMPLE_STEPS whose sample holds the meeting whose id
    is ``id_field``, else 1. The samples are nested: a meeting in the one-in-400 sample
    is in the one-in-40 sample too, so a step's sample is ``count_sample_step >= step``.

    Chosen by a hash of the id rather than the id itself, so each sample is spread over
    the archive whatever order meetings were added in. Stored, so the sample's partial
    indexes can be built on it.
    """
    id_hash = Func(F(id_field), function="hashint8", output_field=models.IntegerField())
    # A negative hash has a remainder of 0 exactly when its absolute value does.
    steps = [
        When(Exact(Mod(id_hash, step, output_field=models.IntegerField()), 0), then=Value(step))
        for step in sorted(COUNT_SAMPLE_STEPS, reverse=True)
    ]
    return models.GeneratedField(
        expression=Case(*steps, default=Value(1), output_field=models.IntegerField()),
        output_field=models.IntegerField(),
        db_persist=True,
    )


def sample_step(archive_size: int) -> int:
    """The step of the count sample for an archive of ``archive_size`` meetings: the
    smallest whose sample holds no more than COUNT_SAMPLE_SIZE of them."""
    return next(
        (step for step in COUNT_SAMPLE_STEPS if archive_size <= step * COUNT_SAMPLE_SIZE),
        COUNT_SAMPLE_STEPS[-1],
    )


def sample_index_name(stem: str, step: int) -> str:
    # The first step's indexes keep the names they had when it was the only one.
    return f"{stem}_idx" if step == COUNT_SAMPLE_STEPS[0] else f"{stem}_{step}_idx"


def in_count_sample(step: int, prefix: str = "") -> Q:
    """The meetings (or facet rows, with ``prefix``) of the count sample of ``step``:
    the condition of that step's partial indexes."""
    return Q(**{f"{prefix}count_sample_step__gte": step})
