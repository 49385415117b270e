"""confsynth.toml: the example `confsynth init` writes, and the errors a wrong file gets."""
from __future__ import annotations

import re
from dataclasses import fields

import pytest

from confsynth.cli import _config_for, build_parser, main
from confsynth.config import CONFIG_FILE, Config, load_config
from confsynth.errors import ConfigError
from confsynth.scaffold import EXAMPLE_CONFIG


def test_init_writes_a_commented_example_that_loads_as_the_defaults(tmp_path, capsys):
    assert main(["init", str(tmp_path)]) == 0
    written = tmp_path / CONFIG_FILE
    assert written.read_text(encoding="utf-8") == EXAMPLE_CONFIG
    assert f"Wrote {written}" in capsys.readouterr().err
    assert Config(**load_config(written)) == Config()


def test_example_names_every_setting_and_each_commented_line_is_valid(tmp_path):
    keys = set(re.findall(r"^#? ?(\w+) = ", EXAMPLE_CONFIG, flags=re.MULTILINE))
    missing = {f.name for f in fields(Config)} - keys
    assert not missing, f"document these settings in scaffold.EXAMPLE_CONFIG: {sorted(missing)}"
    uncommented = re.sub(r"^# (\w+ = )", r"\1", EXAMPLE_CONFIG, flags=re.MULTILINE)
    path = tmp_path / CONFIG_FILE
    path.write_text(uncommented, encoding="utf-8")
    config = Config(**load_config(path))
    assert config.date == "2022-02-11" and config.place == "Paris" and config.max_words == 900
    assert config.glossary_file == str(tmp_path / "glossary.csv")   # relative to the file, not the cwd


def test_init_does_not_overwrite(tmp_path, capsys):
    (tmp_path / CONFIG_FILE).write_text("takeaways = 5\n", encoding="utf-8")
    assert main(["init", str(tmp_path)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert (tmp_path / CONFIG_FILE).read_text(encoding="utf-8") == "takeaways = 5\n"
    assert main(["init", str(tmp_path), "--force"]) == 0


@pytest.mark.parametrize("text, message", [
    ("takeways = 5\n", "unknown key 'takeways'; valid keys are: date, "),
    ("[event]\ntitel = 'x'\n", "unknown key 'titel'"),
    ("takeaways = 'eight'\n", "'takeaways' must be a whole number, not 'eight'"),
    ("languages = 'fr'\nformats = ['docx', 'pdf']\n", "unknown format 'pdf'; choose from docx, md, html, json"),
    ("merge = 'yes'\n", "'merge' must be true or false"),
    ("takeaways = \n", "cannot read configuration"),
])
def test_bad_configuration_names_the_key_and_the_fix(tmp_path, text, message):
    path = tmp_path / CONFIG_FILE
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        Config(**load_config(path))
    assert message in str(info.value)


def test_config_in_the_input_folder_and_options_over_it(tmp_path):
    (tmp_path / CONFIG_FILE).write_text(
        '[event]\ntitle = "Forum"\ndate = 2024-05-03\nplace = "Lyon"\n[output]\nformats = ["docx", "html"]\n'
        'takeaways = 4\n', encoding="utf-8")
    args = build_parser().parse_args(["run", str(tmp_path), "--takeaways", "6"])
    config = _config_for(args, args.inputs)
    assert (config.title, config.date, config.place, config.takeaways) == ("Forum", "2024-05-03", "Lyon", 6)
    assert config.formats == ("docx", "html")
    args = build_parser().parse_args(["run", str(tmp_path), "--format", "md,json", "--force"])
    config = _config_for(args, args.inputs)
    assert config.formats == ("md", "json") and config.force


def test_bad_format_option_is_a_usage_error(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["run", "x", "--format", "docx,pdf"])
    assert "unknown format 'pdf'" in capsys.readouterr().err
