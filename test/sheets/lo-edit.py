"""Opens a workbook in LibreOffice (headless, through UNO), sets cells as a user would, and saves it.

Usage: lo-edit.py PROFILE_DIR INPUT.xlsx EDITS.json OUT_BASE
EDITS.json: [{"sheet": "คะแนน", "row": 4, "col": 6, "value": 2 | "text"}] (1-based row and column).
Writes OUT_BASE.xlsx (Excel 2007+), OUT_BASE.csv (UTF-8, comma) and OUT_BASE.txt (UTF-16, tab:
"Unicode text"), each as LibreOffice saves it after recalculating.
"""
import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main():
    profile, src, edits_path, out_base = sys.argv[1:5]
    pipe = "samatthana%d" % os.getpid()
    office = subprocess.Popen(
        [
            "soffice",
            "-env:UserInstallation=file://" + profile,
            "--headless",
            "--invisible",
            "--norestore",
            "--accept=pipe,name=%s;urp;" % pipe,
        ]
    )
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.time() + 180
        while True:
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                if time.time() > deadline or office.poll() is not None:
                    raise
                time.sleep(0.5)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(src)), "_blank", 0, (prop("Hidden", True),))
        with open(edits_path, encoding="utf-8") as f:
            edits = json.load(f)
        for e in edits:
            cell = doc.Sheets.getByName(e["sheet"]).getCellByPosition(e["col"] - 1, e["row"] - 1)
            if isinstance(e["value"], str):
                cell.setString(e["value"])
            else:
                cell.setValue(e["value"])
        doc.calculateAll()
        doc.Sheets.getByName(edits[0]["sheet"]) if edits else None
        # CSV and text filters write the active sheet: make it the score sheet.
        doc.CurrentController.setActiveSheet(doc.Sheets.getByIndex(0))
        base = os.path.abspath(out_base)
        doc.storeToURL(uno.systemPathToFileUrl(base + ".xlsx"), (prop("FilterName", "Calc MS Excel 2007 XML"),))
        doc.storeToURL(
            uno.systemPathToFileUrl(base + ".csv"),
            (prop("FilterName", "Text - txt - csv (StarCalc)"), prop("FilterOptions", "44,34,76,1")),
        )
        doc.storeToURL(
            uno.systemPathToFileUrl(base + ".txt"),
            (prop("FilterName", "Text - txt - csv (StarCalc)"), prop("FilterOptions", "9,34,65535,1")),
        )
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge drops as the office quits
    finally:
        try:
            office.wait(timeout=60)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main()
