int tollgateWidgetsAnchor = 0;
