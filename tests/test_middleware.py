"""One data version per page that only reads."""

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from meetings.middleware import OneDataVersionPerRead
from meetings.selectors.cache import data_version, one_data_version
from meetings.services.derived import data_version_bump

pytestmark = pytest.mark.django_db


def test_inside_one_data_version_the_version_is_read_once(django_assert_num_queries):
    with one_data_version(), django_assert_num_queries(1):
        assert data_version() == data_version()
    with django_assert_num_queries(2):
        data_version()
        data_version()


@pytest.mark.parametrize(("method", "reads"), [("get", 1), ("head", 1), ("post", 2)])
def test_a_request_that_reads_reads_the_version_once(django_assert_num_queries, method, reads):
    def view(request):
        data_version()
        data_version()
        return HttpResponse()

    request = getattr(RequestFactory(), method)("/")
    with django_assert_num_queries(reads):
        OneDataVersionPerRead(view)(request)


def test_a_write_after_the_page_is_seen_by_the_next_page():
    with one_data_version():
        before = data_version()
    data_version_bump()
    with one_data_version():
        assert data_version() == before + 1
