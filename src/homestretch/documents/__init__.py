"""Qt-free printed documents: what the report and the handout say, and one renderer.

:mod:`~homestretch.documents.styles` holds their fonts, sizes and colours;
:mod:`~homestretch.documents.pdf` their paper, fonts, safe text and page footer.
"""
