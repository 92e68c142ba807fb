#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::printf("tollgate-cli %s\n", TOLLGATE_VERSION);
    return 0;
}
