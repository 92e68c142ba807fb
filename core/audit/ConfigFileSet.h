#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace tg {

// The configuration files of one PBX, in memory, keyed by their path relative to the config
// root ("sip.conf", "autoload_configs/event_socket.conf.xml"). The parsers read includes from
// here, never from the disk or the network, so the same checks run on a local folder
// (tollgate-cli audit --offline) and on files fetched over SSH or AMI.
class ConfigFileSet
{
public:
    static constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;   // one file
    static constexpr qint64 kMaxTotalBytes = 64 * 1024 * 1024;  // the whole set
    static constexpr int kMaxFiles = 2000;
    static constexpr int kMaxDepth = 6;                          // folder levels below the root

    // Reads the regular files below dir (bounded as above; symlinks are not followed out of dir).
    // Files over the limits are left out and named in errors(). False when dir is unreadable.
    bool loadDirectory(const QString &dir);

    void insert(const QString &relPath, const QByteArray &content);
    bool contains(const QString &relPath) const { return m_files.contains(normalize(relPath)); }
    QByteArray content(const QString &relPath) const { return m_files.value(normalize(relPath)); }
    QStringList paths() const { return m_files.keys(); }
    bool isEmpty() const { return m_files.isEmpty(); }
    int size() const { return int(m_files.size()); }

    // Paths matching a shell glob relative to the root ("autoload_configs/*.xml"), sorted.
    // '*' and '?' do not cross '/'.
    QStringList glob(const QString &pattern) const;

    QStringList errors() const { return m_errors; }
    void addError(const QString &error) { m_errors << error; }
    QString root() const { return m_root; }
    void setRoot(const QString &root) { m_root = root; }

    // "a/./b/../c.conf" -> "a/c.conf"; a leading "/" and the root prefix are dropped.
    QString normalize(const QString &path) const;

private:
    QMap<QString, QByteArray> m_files;
    QStringList m_errors;
    QString m_root;   // where the files came from (a local folder or the PBX's /etc/asterisk)
};

} // namespace tg
