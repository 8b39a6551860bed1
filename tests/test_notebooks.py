"""Notebooks 01-04 execute end to end (small configuration), so they cannot rot."""

import os
import shutil
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOKS = Path(__file__).parent.parent / "notebooks"


@pytest.mark.slow
@pytest.mark.parametrize(
    "name",
    [
        "01_load_and_adapter_scalars",
        "02_adapter_steering_ablation_probes",
        "03_directions_and_cosines",
        "04_evaluation_and_judges",
    ],
)
def test_notebook_runs(name, smollm2_dir, tmp_path, monkeypatch):
    shutil.copy(NOTEBOOKS / f"{name}.ipynb", tmp_path)
    nb = nbformat.read(tmp_path / f"{name}.ipynb", as_version=4)
    monkeypatch.setenv("MI_EMIS_NB_SMALL", "1")
    monkeypatch.setenv("MI_EMIS_CACHE", os.environ.get("MI_EMIS_CACHE", str(smollm2_dir.parent)))
    client = nbclient.NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    client.execute()
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
    assert all(c.get("execution_count") for c in nb.cells if c.cell_type == "code")


def test_notebooks_are_built_from_their_sources():
    """The committed .ipynb files match notebooks/_build.py (edit the script, then rebuild)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("nb_build", NOTEBOOKS / "_build.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert {p.stem for p in NOTEBOOKS.glob("*.ipynb")} == set(mod.NOTEBOOKS)
    for name, cells in mod.NOTEBOOKS.items():
        nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
        assert [c.source for c in nb.cells] == cells, name
        assert not any(c.get("outputs") for c in nb.cells)  # committed without outputs
