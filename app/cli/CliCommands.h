#pragma once

#include <QStringList>
#include <QTextStream>

namespace tg::cli {

// Each command gets its own arguments (after the command word) and returns the exit code.
int runEvents(const QStringList &args);
int runDb(const QStringList &args);
int runWatch(const QStringList &args);
int runBench(const QStringList &args);
int runAnalyze(const QStringList &args);
int runAudit(const QStringList &args);
int runBlock(const QStringList &args);
int runConfig(const QStringList &args);   // config diff / config bench
int runUnblock(const QStringList &args);
int runBlocks(const QStringList &args);
int runForward(const QStringList &args);   // forward list / test / flush
int runReport(const QStringList &args);
// True when `report` with these arguments writes a PDF, which needs a QGuiApplication.
bool reportNeedsGui(const QStringList &args);

QTextStream &out();
QTextStream &err();
// The value after an option ("--data-dir D"), or def when absent.
QString optionValue(const QStringList &args, const QString &name, const QString &def = {});
// Arguments that are neither options nor option values.
QStringList positional(const QStringList &args, const QStringList &optionsWithValue);
// "2026-11-27T01:00:00Z", "2026-11-27 01:00" (UTC) or milliseconds since the epoch; empty gives 0.
bool parseTime(const QString &text, qint64 *ms);
// --data-dir, or the standard per-user location.
QString dataDir(const QStringList &args);

} // namespace tg::cli
