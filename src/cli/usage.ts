/** Help texts, in English (finding messages follow --lang; the tool's own usage does not). */
export const MAIN_USAGE = `tobokel — corruption-risk registers under Order No. 281 (Kyrgyz Republic)

Usage:
  tobokel template --appendix 1|2|both --lang ky|ru [--sample] [--rows N] [--year YYYY] --out FILE.xlsx
  tobokel check FILE.xlsx... [--format table|json|csv|html] [--out FILE] [--lang ky|ru|en]
  tobokel demo [--dir DIR] [--lang ky|ru|en]

Run "tobokel COMMAND --help" for a command's options.
Exit codes: 0 every file is ready to submit, 1 a register has errors, 2 a file cannot be read or the usage is wrong.
`;

export const TEMPLATE_USAGE = `Usage: tobokel template --appendix 1|2|both --lang ky|ru [--sample] [--rows N] [--headings LIST] [--year YYYY] --out FILE.xlsx

Writes the Order's blank form (or its filled sample) as an Excel workbook, with dropdown lists for
category and level, print settings (A4 landscape, header rows repeated) and frozen header rows.

Options:
  --appendix 1|2|both  Appendix 1 (list of corruption risks), Appendix 2 (corruption-prone positions), or both
  --lang ky|ru         language of the register (Kyrgyz or Russian)
  --sample             fill in the Order's own sample rows (Ministry of Economy)
  --rows N             empty numbered rows under each function heading of Appendix 1, and in the
                       table of Appendix 2 (default 5, at most 500)
  --headings LIST      Appendix 1's function headings: "all" (every p.5 type) or a comma list of
                       control, property, services, permitting, jurisdictional, normMaking
                       (default: permitting,services, as the Order's form)
  --year YYYY          approval year in the «Бекитемин» block (default: this year)
  --out FILE.xlsx      where to write the workbook (required)
  -h, --help           this text
`;

export const CHECK_USAGE = `Usage: tobokel check FILE.xlsx... [--format table|json|csv|html] [--out FILE] [--lang ky|ru|en]

Checks each workbook's registers against Order No. 281 and prints a report. A folder stands for every
.xlsx in it, and * and ? in a file name are expanded (also where the shell does not, as in cmd.exe). With several files it adds a
consolidated summary per body (a body is named by its file name, or its folder with --body-by folder): counts by level, category and function
type, and the risks several bodies share.

Options:
  --format F       table (default, for reading), json (the report object; one file prints exactly the
                   report), csv (one line per finding, with a header line), html (a self-contained page)
  --out FILE       write the report to FILE instead of standard output
  --lang ky|ru|en  language of the finding messages (default en)
  --body-by file|folder  name each body in the summary by its file (default) or by the folder that
                   holds its files (for bodies that send Appendix 1 and 2 as separate files)
  --today YYYY-MM-DD  the date the approval-date checks count from (default: today)
  --progress       show a progress line on standard error even when it is not a terminal
  --quiet          no progress line
  -h, --help       this text

Exit codes: 0 every file is ready, 1 a register has errors, 2 a file cannot be read (the reason, naming the
file, goes to standard error) or the usage is wrong.
`;

export const DEMO_USAGE = `Usage: tobokel demo [--dir DIR] [--lang ky|ru|en]

Writes the Order's own samples of both appendices as a workbook (demo/order-281-sample.xlsx) and a copy with
typical mistakes (demo/order-281-with-mistakes.xlsx), checks both and prints the reports.

Options:
  --dir DIR        where to write the two workbooks (default ./demo)
  --lang ky|ru|en  language of the finding messages (default en)
  -h, --help       this text
`;
