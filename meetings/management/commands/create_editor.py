"""Create (or update) an editor: a staff user in the Editors group."""

import getpass
import os
import sys

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from meetings.services.curation import editor_create

PASSWORD_ENV = "EDITOR_PASSWORD"


class Command(BaseCommand):
    help = (
        "Create an editor account for the admin. The password comes from --password, "
        f"else ${PASSWORD_ENV}, else a prompt."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--password", help=f"Prefer ${PASSWORD_ENV}: arguments show in ps.")

    def handle(self, *args, username, password, **options):
        password = password or os.environ.get(PASSWORD_ENV) or self._prompt()
        try:
            _user, created = editor_create(username=username, password=password)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        action = "Created" if created else "Updated"
        self.stdout.write(f"{action} editor {username!r}; they can sign in at /admin/.")

    def _prompt(self) -> str:
        if not sys.stdin.isatty():
            raise CommandError(f"No password: pass --password or set ${PASSWORD_ENV}.")
        password = getpass.getpass("Password: ")
        if password != getpass.getpass("Password (again): "):
            raise CommandError("The passwords differ.")
        return password
