-- Publication to everyone is a review step of its own (ReviewEntry.Action.PUBLISHED_TO_EVERYONE). It was
-- recorded as a publication with the comment 'everyone', which the page's history and the author's e-mail
-- then showed as if the partner had written it. Publishing takes no comment, so that comment can only be this.
update case_study_review
   set action = 'PUBLISHED_TO_EVERYONE', comment = null
 where action = 'PUBLISHED' and comment = 'everyone';
