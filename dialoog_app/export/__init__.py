"""Minutes (verslag) as a Word document: a plain minutes model and its .docx writer.

No Qt and no SQL here: ``services/minutes.py`` reads a project into the model, this
package turns the model into a document in the chosen house style.
"""
