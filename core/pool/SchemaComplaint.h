#pragma once

#include <QString>

namespace lunscope {

// One complaint of libxml2's RelaxNG validator, taken apart: libxml2's code (its
// xmlRelaxNGValidErr), the element it is about and that element's parent, the two names its
// sentence quotes, and what the document holds there. explain() turns it into what is wrong with
// which element, in words a user can act on; the raw sentence stays for the detail.
struct SchemaComplaint
{
    int code = 0;
    int line = 0;
    QString element;        // the node libxml2 points at ("#text" for text)
    QString parent;         // its parent element; empty at the root
    QString arg1;           // the first name in libxml2's sentence
    QString arg2;           // the second
    QString value;          // the attribute's value (arg1 of element) or the element's text
    bool hasValue = false;
    bool childPresent = false; // "Expecting an element X" of an element that has an X
    QString raw;            // libxml2's own sentence

    // A sentence naming the element and what is wrong with it; empty for the follow-ups libxml2
    // adds after a specific complaint ("Invalid sequence in interleave", "Element pool failed to
    // validate content"), which say nothing new.
    QString explain() const;
    // The follow-ups' own sentence, for when nothing more specific was said.
    QString explainFollowUp() const;
};

} // namespace lunscope
