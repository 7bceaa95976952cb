"""`spinecode` command line. Imports stay inside commands so `spinecode --help` is fast."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

app = typer.Typer(
    add_completion=False, no_args_is_help=True,
    help="Suggest CPT claim lines (facet injections, medial branch blocks, RF ablation) from procedure notes.",
)
train_app = typer.Typer(add_completion=False, no_args_is_help=True, help="Train the optional models.")
app.add_typer(train_app, name="train")

PAYER_HELP = "medicare, asc-facility, cpt-commercial, or a path to your own profile .toml"


def _err(message: str) -> None:
    typer.echo(f"spinecode: {message}", err=True)


def _profile(payer: str):  # noqa: ANN202
    from nlp.mapper import ProfileError, load_profile

    try:
        return load_profile(payer)
    except ProfileError as exc:
        _err(str(exc))
        raise typer.Exit(2) from None


@app.command()
def suggest(
    path: str = typer.Argument("-", help="A note file, or - for standard input."),
    payer: str = typer.Option("medicare", help=PAYER_HELP),
    format: str = typer.Option("json", "--format", help="json (one record) or table (for people)."),
    include_text: bool = typer.Option(False, "--include-text", help="Put the note text in the record."),
) -> None:
    """Suggest claim lines for one note."""
    if format not in ("json", "table"):
        _err("--format must be json or table")
        raise typer.Exit(2)
    profile = _profile(payer)
    from nlp.suggestion import NoteError, error_suggestion
    from nlp.suggestion import suggest as run

    note_id = None if path == "-" else Path(path).stem
    try:
        raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        _err(f"cannot read {path}: {exc.strerror}")
        raise typer.Exit(1) from None
    try:
        result = run(raw, payer=profile, note_id=note_id, include_text=include_text)
    except NoteError as err:
        _err(f"{path}: {err.message}")
        if format == "json":
            typer.echo(json.dumps(error_suggestion(note_id, profile.name, err.code, err.message).to_dict()))
        raise typer.Exit(1) from None
    if format == "json":
        typer.echo(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        from nlp.table import render_table

        typer.echo(render_table(result.to_dict()))


@app.command()
def annotate(
    input: str = typer.Argument(..., help="Folder of .txt notes, a .jsonl of {id, text}, a .csv (id,text), or -."),
    output: Path = typer.Option(..., "-o", "--output", help="Output JSONL, one record per note."),
    payer: str = typer.Option("medicare", help=PAYER_HELP),
    workers: int = typer.Option(1, min=1, help="Worker processes."),
    resume: bool = typer.Option(False, "--resume", help="Skip notes whose ids are already in OUTPUT."),
    batch_size: int = typer.Option(64, min=1, help="Notes per batch sent to the pipeline."),
    engine: str = typer.Option("local", help="local, or spark (needs the 'spark' extra)."),
    master: str = typer.Option("local[2]", help="Spark master, with --engine spark."),
) -> None:
    """Annotate many notes into a JSONL of records, in input order."""
    profile = _profile(payer)
    if engine == "spark":
        try:
            from nlp.spark import annotate_with_spark

            summary = annotate_with_spark(input, output, payer=payer, master=master)
        except (FileNotFoundError, ValueError, ImportError) as exc:
            _err(str(exc))
            raise typer.Exit(2) from None
    elif engine == "local":
        from nlp.batch import Progress
        from nlp.batch import annotate as run

        try:
            summary = run(input, output, payer=profile, workers=workers, resume=resume, progress=Progress(),
                          batch_size=batch_size)
        except (FileNotFoundError, ValueError) as exc:
            _err(str(exc))
            raise typer.Exit(2) from None
    else:
        _err("--engine must be local or spark")
        raise typer.Exit(2)
    typer.echo(str(summary), err=True)
    if summary.errors:
        raise typer.Exit(1)


@app.command()
def evaluate(
    gold: Path = typer.Argument(..., help="Gold JSONL (corpora/gold/test.jsonl or external notes' gold.jsonl)."),
    payer: str = typer.Option("medicare", help=PAYER_HELP),
    predictions: Path | None = typer.Option(None, help="Records from `annotate`; default: run the suggester."),
    notes: Path | None = typer.Option(None, help="Folder of the notes (default: beside the gold file)."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable report."),
) -> None:
    """Score the suggester against gold claim lines."""
    _profile(payer)
    from nlp.evaluate import evaluate_file, format_report

    try:
        report = evaluate_file(gold, payer=payer, predictions=predictions, notes_dir=notes)
    except (FileNotFoundError, ValueError) as exc:
        _err(str(exc))
        raise typer.Exit(2) from None
    typer.echo(json.dumps(report, indent=1) if as_json else format_report(report))


@train_app.command("intent")
def train_intent(
    corpus: Path = typer.Option(Path("corpora"), "--corpus", help="The corpus folder (its dev split is used)."),
    out: Path = typer.Option(Path("models/intent.json.gz"), "-o", "--output", help="Where to save the model."),
) -> None:
    """Train the intent model on the corpus dev split."""
    from nlp.intent_model import train_and_save

    card = train_and_save(corpus, out)
    typer.echo(json.dumps(card, indent=1), err=True)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
