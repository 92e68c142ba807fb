int tollgateConnectorsAnchor = 0;
