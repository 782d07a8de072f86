"""``pitstop user add LOGIN --role owner|admin``, ``user list``, ``user password LOGIN``,
``user disable LOGIN`` / ``user enable LOGIN``.

The command line acts for the program itself (whoever runs it can read the
database file anyway), so it is also the way back in when the only owner
forgot the password. A password is asked twice at the terminal, or read from
the first line of standard input with ``--password-stdin`` (for scripts).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.commands.base import CommandContext, UsageError
from app.db import write_session
from app.i18n import QT_TRANSLATE_NOOP
from app.models import User
from app.services import accounts
from app.services.access import Role
from app.services.errors import NotFoundError


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("user", help="accounts: add, list, set a password, disable")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="a new account")
    add.add_argument("login")
    add.add_argument("--role", choices=[r.value for r in Role], required=True)
    _password_option(add)
    add.set_defaults(handler=handle_add)
    actions.add_parser("list", help="every account with its role").set_defaults(handler=handle_list)
    password = actions.add_parser("password", help="set an account's password")
    password.add_argument("login")
    _password_option(password)
    password.set_defaults(handler=handle_password)
    for name, active in (("disable", False), ("enable", True)):
        switch = actions.add_parser(name, help=f"{name} an account")
        switch.add_argument("login")
        switch.set_defaults(handler=handle_switch, active=active)


def _password_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input",
    )


def handle_add(args: argparse.Namespace, ctx: CommandContext) -> int:
    password = _password(args, sys.stdin)
    with write_session(ctx.sessions) as session:
        user = accounts.add_user(session, args.login, password, args.role)
    ctx.out.write(f"Added {user.login} ({user.role.value}).\n")
    return 0


def handle_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    with ctx.sessions() as session:
        users = accounts.list_users(session)
    for user in users:
        state = "" if user.active else " (disabled)"
        ctx.out.write(f"{user.login}\t{user.role.value}{state}\n")
    return 0


def handle_password(args: argparse.Namespace, ctx: CommandContext) -> int:
    password = _password(args, sys.stdin)
    with write_session(ctx.sessions) as session:
        accounts.set_password(session, _user_id(session, args.login), password)
    ctx.out.write(f"Password of {args.login} set.\n")
    return 0


def handle_switch(args: argparse.Namespace, ctx: CommandContext) -> int:
    with write_session(ctx.sessions) as session:
        user = accounts.set_active(session, _user_id(session, args.login), args.active)
    ctx.out.write(f"{user.login} is {'enabled' if user.active else 'disabled'}.\n")
    return 0


def _user_id(session: Session, login: str) -> int:
    user_id = session.scalar(select(User.id).where(User.login == login))
    if user_id is None:
        raise NotFoundError(
            "login", QT_TRANSLATE_NOOP("Refusals", "no account {login}"), login=login
        )
    return user_id


def _password(args: argparse.Namespace, stdin: TextIO) -> str:
    if args.password_stdin:
        return stdin.readline().rstrip("\r\n")
    if not stdin.isatty():
        raise UsageError("no terminal to ask the password at: use --password-stdin")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        raise UsageError("the two passwords differ")
    return first
