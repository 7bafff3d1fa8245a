"""The extractor as a list of passes over one `Document`.

In the spirit of spaCy's pipeline components: each pass is a callable over the
document that reads what the passes before it added and adds its own annotations;
the pipeline is the list. The order is the order of dependence: people are read
before they are registered, registered before meetings are grouped, and meetings
grouped before their time and place are inherited, their topics read and the
contract's meetings assembled.
"""

import time
from collections.abc import Callable, MutableMapping

from .assembly import assemble_meetings
from .countries import count_countries
from .document import Document
from .grouping import group_events
from .institutions import find_institutions
from .mentions import find_mentions
from .place_time import inherit_time_and_place
from .references import resolve_references
from .story import find_dateline, read_story, split_sentences
from .topics import find_topics
from .triggers import find_cues

PASSES: tuple[tuple[str, Callable[[Document], None]], ...] = (
    ("story", read_story),
    ("sentences", split_sentences),
    ("dateline", find_dateline),
    ("mentions", find_mentions),
    ("institutions", find_institutions),
    ("references", resolve_references),
    ("countries", count_countries),
    ("triggers", find_cues),
    ("grouping", group_events),
    ("inheritance", inherit_time_and_place),
    ("topics", find_topics),
    ("assembly", assemble_meetings),
)


def run(document: Document, timings: MutableMapping[str, float] | None = None) -> Document:
    """Run every pass over the document, in order.

    When `timings` is given (a dict or a Counter), the seconds each pass took are added
    to it under the pass's name, so timings can be summed over many articles.
    """
    for name, step in PASSES:
        started = time.perf_counter()
        step(document)
        if timings is not None:
            timings[name] = timings.get(name, 0.0) + time.perf_counter() - started
    return document
