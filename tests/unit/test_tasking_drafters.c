/* test_tasking_drafters.c - requests as other drafters word them.  In
 * Washington's cables: a principal asks ("The Secretary asks that Embassy Rome deliver"),
 * a request still standing ("The Department has asked that posts") or going
 * on ("We are asking posts to"), the
 * Ambassador is asked ("Request Ambassador or DCM deliver", "Action
 * requested: Embassy Rome obtain"), posts by
 * their cities ("Request that Valletta and Rome report", "Rome is asked
 * to"), a question put
 * to posts ("Could posts also indicate ...?"), posts and "to" + a verb
 * ("Embassies Valletta and Rome to convey"), the signer's "I ask that",
 * "Let us know", "Post responses ... are due by", a polite
 * passive of value ("Post's answers would be of real value"), and a
 * country that is only told something ("Valletta must hear that").  Each
 * sentence is read as written and in capitals; both must ask the same
 * posts.  The sentences are written here (fictional events, the forms of
 * real cables). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <ctype.h>
#include <stdio.h>

#include "parse/cable.h"
#include "tasking/tasking.h"

#include "tasking_cable.h"

static struct addressee to_state[] = {
	{ NULL, "SECSTATE WASHDC", NULL, "41", false },
	{ NULL, "SECDEF WASHDC", NULL, "42", false },
	{ NULL, "AMEMBASSY ROME", NULL, "43", false },
};
static struct addressee to_posts[] = {
	{ NULL, "AMEMBASSY VALLETTA", NULL, "51", false },
	{ NULL, "AMEMBASSY ROME", NULL, "52", false },
};

#define BOTH "AMEMBASSY VALLETTA, AMEMBASSY ROME"
#define BOTH_ROME_FIRST "AMEMBASSY ROME, AMEMBASSY VALLETTA"

/* A sentence of Washington's and the posts it asks ("" for none). */
static const char *const cases[][2] = {
	/* its principals */
	{ "The Secretary asks that Embassy Rome deliver the following letter to "
	  "the Foreign Minister.", "AMEMBASSY ROME" },
	{ "Under Secretary Burns asks that Ambassadors raise the issue with their "
	  "counterparts.", BOTH },
	{ "Secretary Clinton would appreciate Embassy Valletta delivering the "
	  "letter before the vote.", "AMEMBASSY VALLETTA" },
	{ "The Secretary General asks that member states contribute troops.", "" },
	{ "The Secretary's letter to the minister follows in paragraph 5.", "" },
	/* a second post in a second clause, the request's words left out;
	 * "Both Embassies" after them means the two */
	{ "Department requests Embassy Rome approach the ministry, and Embassy "
	  "Valletta approach the port authority. Both Embassies should report.",
	  "AMEMBASSY ROME, AMEMBASSY VALLETTA" },
	/* the posts' people after "count on" */
	{ "We count on each post's emergency action committee to review the plan.",
	  BOTH },
	/* an imperative after "Also" */
	{ "Also advise whether the minister will attend.", BOTH },
	{ "Also present were the minister and his deputy.", "" },
	/* a request made earlier, still standing */
	{ "The Department has asked that posts deliver the demarche.", BOTH },
	{ "The Department has also requested that Embassy Rome confirm the date.",
	  "AMEMBASSY ROME" },
	{ "The Department has asked the Maltese government to release the "
	  "vessel.", "" },
	/* a bare verb after an "Action:" label; the reader's help needed */
	{ "Action: Embassy Rome and Embassy Valletta jointly approach the port "
	  "authority.", BOTH_ROME_FIRST },
	{ "Action: Embassy Rome approach the port authority.", "AMEMBASSY ROME" },
	{ "Your help is needed to build a picture of the port programs.", BOTH },
	{ "More funding is needed to build the port.", "" },
	/* posts told something: the paragraph's requests after it are theirs */
	{ "Embassy Rome should note that the ministry agreed. Please ask that they "
	  "confirm it.", "AMEMBASSY ROME" },
	/* asked for less than the others */
	{ "Embassy Rome need only inform the ministry that the text is out.",
	  "AMEMBASSY ROME" },
	{ "Posts need only acknowledge receipt.", BOTH },
	/* ... and one going on; what follows the posts must be asked of them */
	{ "We are now asking posts to raise the case at the highest level.", BOTH },
	{ "The Department is requesting that Embassy Rome confirm the date.",
	  "AMEMBASSY ROME" },
	{ "We are asking the Maltese government to release the vessel.", "" },
	{ "The Department is instructing posts on the new rules by septel.", "" },
	{ "The Department has instructed posts on the new rules by septel.", "" },
	/* an adverb between the participle and "to" */
	{ "Embassy Rome is instructed also to deliver the following tailored points.",
	  "AMEMBASSY ROME" },
	/* a post's people, then its place */
	{ "RSO Rome is requested to forward the team's report by COB November 7.",
	  "AMEMBASSY ROME" },
	{ "Legatt Valletta should brief the police on the case.", "AMEMBASSY VALLETTA" },
	{ "DS/TIA/ITA requests that RSO Rome provide any additional detail on the "
	  "vehicle.", "AMEMBASSY ROME" },
	/* a request inside quote marks is someone's words; one that quotes
	 * words is still a request */
	{ "She said: \"Please tell your colleagues in Rome that the mechanism must "
	  "be signed.\"", "" },
	{ "The message read, \"Please verify your account by October 10.\"", "" },
	{ "Posts should stress that the U.S. \"remains committed to a negotiated "
	  "solution.\"", BOTH },
	/* the welcome before the condition */
	{ "It would help us greatly if posts could send us the latest figures.", BOTH },
	{ "It would be helpful if you could send the figures by May 3.", BOTH },
	{ "It would help if the government could publish the figures.", "" },
	{ "It would help us if posts were consulted.", "" },
	/* a purpose before the imperative; a condition is no request */
	{ "So that we can brief the Secretary, deliver the points by March 3.", BOTH },
	{ "To help us plan, please send the names of the delegation.", BOTH },
	{ "In light of Italy's EU Presidency, raise the plans with the ministry.",
	  BOTH },
	{ "In advance of the meeting, deliver the points to the ministry.", BOTH },
	{ "Given your host governments' current role as the coordinators on Third "
	  "Committee matters this year, ask the contacts to circulate the draft.", BOTH },
	{ "If asked, say that the decision is final.", "" },
	/* the Ambassador asked */
	{ "Request Ambassador or DCM deliver the points.", BOTH },
	{ "Request that the Ambassador deliver the points at the highest level.",
	  BOTH },
	/* the signer's clause, "Let us know", posts' replies due */
	{ "I ask that each post's emergency action committee meet before "
	  "Friday, March 11.", BOTH },
	{ "I would like to thank posts for their work on the visit.", "" },
	{ "Let us know by e-mail if the ministry wants copies of the text.", BOTH },
	{ "Let us be clear about the stakes in the vote.", "" },
	{ "Post responses to para 5 are due by March 15.", BOTH },
	{ "Post responses to the questionnaire were useful.", "" },
	/* what is asked for, sought or invited */
	{ "Embassy Rome's views are particularly sought on the new draft.",
	  "AMEMBASSY ROME" },
	{ "Addressees' comments on the draft guidance are invited.", BOTH },
	{ "The minister is invited to the reception on Friday.", "" },
	/* "please pass" something on (not this message), "kindly" */
	{ "Embassy Rome please pass a copy of the nonpaper to the State Service "
	  "for Export Control.", "AMEMBASSY ROME" },
	{ "Kindly confirm receipt of this message and identify post's avian "
	  "influenza point of contact.", BOTH },
	/* a passive that names whom after "of" */
	{ "The following steps are requested of Embassy Rome before the vote.",
	  "AMEMBASSY ROME" },
	{ "No further action is requested of Embassy Rome.", "" },
	/* posts as the agent of a passive, the source of what is needed, the
	 * subject of what is possible */
	{ "The results of the approaches should be reported by Embassy Rome in a "
	  "front-channel cable.", "AMEMBASSY ROME" },
	{ "The decision should be reported by the minister to parliament.", "" },
	{ "No part of this message should be left in writing with host governments "
	  "by posts.", BOTH },
	{ "The demarche should be delivered to the ministry by March 3.", "" },
	{ "Input is needed from Embassy Rome by this Friday on the response.",
	  "AMEMBASSY ROME" },
	{ "Would it be possible for Embassy Rome to arrange a briefing for the "
	  "delegation?", "AMEMBASSY ROME" },
	{ "Would it be possible for the minister to attend?", "" },
	/* "it" after an opening phrase: the post the sentence before ends with */
	{ "The last item is for Embassy Rome. Drawing on the approach in para 9, "
	  "it should ask the ministry whether it would accept transfers.",
	  "AMEMBASSY ROME" },
	{ "The meeting is for the ministers. Drawing on the notes, it should be "
	  "clear that we agree.", "" },
	/* a question whose subject is posts */
	{ "Could posts also indicate whether the ministry has instructed its "
	  "delegation?", BOTH },
	{ "Would Embassy Rome please confirm the date of the meeting?",
	  "AMEMBASSY ROME" },
	{ "Could the minister attend the meeting in March?", "" },
	{ "Could Embassy Rome also find out whether the minister will attend?",
	  "AMEMBASSY ROME" },
	/* telegraphese: posts and "to" + a verb, "kindly" + a verb */
	{ "Action requested: Embassies Valletta and Rome to convey the points "
	  "to the health ministry.", BOTH },
	{ "Action addressees kindly report the results by front channel.", BOTH },
	{ "Posts to be consulted include Rome and Valletta.", "" },
	{ "Action requested: Embassy Rome obtain the ministry's written "
	  "concurrence.", "AMEMBASSY ROME" },
	{ "Repeat all reporting on the program to Embassy Rome.", BOTH },
	/* telegraphese: posts by their cities after "Request that" */
	{ "Request that Valletta and Rome report any developments.", BOTH },
	{ "Valletta and Rome are asked to consult host governments.", BOTH },
	{ "Rome is requested to report the minister's reply.", "AMEMBASSY ROME" },
	{ "Rome is expected to announce its decision next week.", "" },
	/* a hope that posts the words name will act; not a government's act,
	 * nor one person whom an earlier sentence names */
	{ "We hope posts will raise the issue with host governments.", BOTH },
	{ "Washington hopes Embassy Rome will express our appreciation.", "AMEMBASSY ROME" },
	{ "We hope the government will agree to the text.", "" },
	{ "We hope the Ambassador will use that meeting to note our concerns.", "" },
	{ "Washington hopes post will seek to achieve the following.", BOTH },
	/* "would be most helpful if" the posts' people could */
	{ "It would be most helpful if reporting officers could include the following.",
	  BOTH },
	{ "It would be most helpful if Embassy Rome's reporting officers could include "
	  "the figures.", "AMEMBASSY ROME" },
	/* the one embassy in a country; a ban as an imperative, after a
	 * heading */
	{ "The Embassy in Italy is instructed to report the results.", "AMEMBASSY ROME" },
	{ "FOR ALL POSTS: Do not leave any part of this message in writing.", BOTH },
	{ "Avoid any suggestion that the decision is final.", BOTH },
	/* a ban on the posts the words name */
	{ "It is important that posts not leave any part of this message in writing.",
	  BOTH },
	/* the requester's second verb; a telegraphic request of a thing */
	{ "Department appreciates posts' continued efforts and asks that posts "
	  "report any developments.", BOTH },
	{ "Request reply by June 5.", BOTH },
	/* what the first clause says of others ends at its semicolon */
	{ "Info addressees are not asked to act; action addressees should report.",
	  BOTH },
	{ "Request Rome seek a meeting with the minister.", "AMEMBASSY ROME" },
	/* polite passives */
	{ "Post's answers to the following questions would be of real value.", BOTH },
	{ "Posts' views would be greatly appreciated.", BOTH },
	/* Washington's "suggest" and "propose", of posts; not its judgement */
	{ "We suggest that posts stress our concern about the vote.", BOTH },
	{ "We propose that Embassy Rome host the meeting.", "AMEMBASSY ROME" },
	{ "The Department suggests that the proposal is premature.", "" },
	/* "please be sure to", not "please be advised" */
	{ "Please be sure to stress our concern before the vote.", BOTH },
	{ "Please be advised that the office will close on Friday.", "" },
	/* what someone was told, in an opening clause before the posts */
	{ "As the Secretary told the Foreign Minister on Monday, embassies should "
	  "report host government reactions.", BOTH },
	{ "The Secretary told the Foreign Minister that embassies should report "
	  "reactions.", "" },
	/* the posts named after "from" */
	{ "The Department would appreciate input from Embassy Rome on the motion.",
	  "AMEMBASSY ROME" },
	{ "Washington would also welcome any insights from Embassy Valletta on the vote.",
	  "AMEMBASSY VALLETTA" },
	{ "Washington would welcome any insights from posts on the vote.", BOTH },
	{ "Any information posts can provide would be of great help.", BOTH },
	{ "Posts' assessments would be very useful as we prepare for the talks.",
	  BOTH },
	{ "The Embassy's officer can explain the program if that would be "
	  "helpful.", "" },
	{ "A visit by the minister would be useful.", "" },
	/* a place told something */
	{ "Valletta must hear that we take its request seriously.", "" },
	/* someone else's request: a foreign minister's, a reftel's */
	{ "The minister told us that \"we ask that the U.S. not force a vote in "
	  "March.\"", "" },
	{ "We ask that the United States send a Cabinet-level delegation.", "" },
	{ "In ref A, USUN requested that the Department instruct posts to urge a "
	  "no vote.", "" },
	/* a second verb asks after one that only informs */
	{ "Posts should note that the text has changed, and should seek "
	  "assurances from the ministry.", BOTH },
	/* posts left out, expected to act, asked after an opening phrase */
	{ "Posts, with the exception of Rome, should deliver the points.",
	  "AMEMBASSY VALLETTA" },
	{ "The Department expects posts to deliver the points this week.", BOTH },
	{ "We expect posts to see an increase in visa applications.", "" },
	{ "For Embassy Rome, approach the Foreign Ministry and the customs "
	  "service.", "AMEMBASSY ROME" },
	{ "For Rome, approach the Foreign Ministry.", "AMEMBASSY ROME" },
	{ "Rome only: Given the weight of Italy in the group, approach the "
	  "minister.", "AMEMBASSY ROME" },
	{ "Posts that have not yet responded to the request for 2011 mid-year "
	  "changes are asked to do so by October 28.", BOTH },
	/* a quote's marker and a negation */
	{ "Begin additional point for Rome:", "" },
	{ "Begin biographic summary:", "" },
	{ "No action is requested of these posts.", "" },
	{ "Embassy Rome is informed because the delegation will transit Rome; "
	  "no support is requested.", "" },
	/* the posts' people told, not asked */
	{ "The Legatt should be notified of the defector's status.", "" },
	{ "The RSO must be kept informed of any threat.", "" },
	{ "Embassy Rome should be copied on any written readout.", "" },
	{ "NIACT precedence is requested because the ferry arrives at dawn.", "" },
	{ "Both posts: please pass clearance numbers to the EUCOM J3 at once.", BOTH },
	{ "Please pass to USDA.", "" },
	/* a duty laid on them, not a rule described */
	{ "Chiefs of Mission are responsible for ensuring that all staff are "
	  "briefed.", BOTH },
	{ "Under the regulations the DCM is responsible for supervising the "
	  "section.", "" },
	/* imperatives of a data call; a topic before the posts' heading */
	{ "E-mail the report to the desk by March 3.", BOTH },
	{ "E-mail traffic has doubled since March.", "" },
	{ "Transmit submissions by front-channel cable.", BOTH },
	{ "Chemical control -- Rome only: please expand the chapter.", "AMEMBASSY ROME" },
	/* told to someone else; a title before the post's officer */
	{ "The Department has told the Colombians that we would welcome a proposal "
	  "at the ministerial.", "" },
	{ "The Regional Environmental Hub Officer in Rome is requested to compile "
	  "the overview.", "AMEMBASSY ROME" },
	{ "List other donors supporting the program, with their funding.", BOTH },
	/* a post's question in a FAQ */
	{ "Q: Our bills are in local units. Do posts need to convert these figures?",
	  "" },
	/* the questions to answer are no point of contact's; the posts'
	 * managers and counselors; a relative clause holding a parenthesis */
	{ "Posts should address the following questions in their responses:", BOTH },
	{ "Please address questions to Jane Roe in EUR/WE.", "" },
	{ "Consular managers in Rome are also requested to set aside interview "
	  "capacity.", "AMEMBASSY ROME" },
	{ "Econ counselors should seek meetings with the ministry.", BOTH },
	{ "Embassy Rome, which employs staff in outlying towns (Milan and Naples), "
	  "should ensure that they are in the phone tree.", "AMEMBASSY ROME" },
	/* the signer asks "you" */
	{ "For Rome: I would like you to deliver it personally.", "AMEMBASSY ROME" },
	{ "I would like to thank the minister for his help.", "" },
	/* the post's people, the sentence opening with its place */
	{ "In Rome, the Legal Attache should brief the police on the case.",
	  "AMEMBASSY ROME" },
	{ "In most cases, the Legal Attache should brief the police.", BOTH },
	/* a post's people by an acronym; "U.S." inside an aside */
	{ "Embassy Rome's ACS chief should visit the program's residence halls.",
	  "AMEMBASSY ROME" },
	{ "Embassy Rome, which issued a message for U.S. citizens on October 8, "
	  "should issue it again.", "AMEMBASSY ROME" },
	/* a heading's description and the posts in its parentheses */
	{ "FOR MEDITERRANEAN POSTS (ROME): IN ADDITION TO THE POINTS IN PARA 9, PLEASE "
	  "STRESS THAT THE PROPOSAL WAS REVISED.", "AMEMBASSY ROME" },
	/* a form's marker is no imperative */
	{ "BEGIN TEMPLATE.", "" },
	/* a point of contact to name is the ask; one named is not */
	{ "Please designate a point of contact for this data call.", BOTH },
	{ "The point of contact is Jane Doe; please call her with any questions.", "" },
	{ "Posts with questions on security aspects should consult their RSO.", "" },
	{ "Posts should consult host governments on the questions raised in the report.",
	  BOTH },
	/* a post's people by its place */
	{ "Separately, the Rome DATT is asked to sound out the General Staff.",
	  "AMEMBASSY ROME" },
	{ "The Rome police chief should resign.", "" },
	/* posts excepted before the party */
	{ "With the exception of Embassy Valletta, whose request is at para 8, "
	  "all action addressees are asked to report by March 10.", "AMEMBASSY ROME" },
	{ "Except for Rome, posts should report.", "AMEMBASSY VALLETTA" },
	{ "ACTION POSTS ONLY: With the exception of Embassy Rome (see para 5), action "
	  "addressees should deliver the points.", "AMEMBASSY VALLETTA" },
	{ "With the exception of the ministry, posts should report.", BOTH },
	/* what to say while delivering is asked; a note to posts is not */
	{ "In delivering the demarche, posts should note that the offer remains "
	  "open.", BOTH },
	{ "Posts should note that the offer remains open.", "" },
	/* an imperative after the date it is due, no comma between */
	{ "On March 10 deliver the initialed text to the MFA.", BOTH },
	{ "By March 20 report host government reactions.", BOTH },
	{ "On March 10 the minister will travel to Brussels.", "" },
	/* a heading in parentheses over background, then the request */
	{ "(For Rome) We understand that the vessel will call. Posts should ask "
	  "the port authority to inspect it.", "AMEMBASSY ROME" },
	{ "(For example) We understand that the vessel will call. Posts should ask "
	  "the port authority to inspect it.", BOTH },
	/* what Washington wants a meeting of a long name to do asks no one;
	 * what it wants of posts still asks them */
	{ "Washington would like the June 25 U.S.-EU Senior Officials Meeting (SOM) "
	  "in Brussels to adopt a short joint statement.", "" },
	{ "Washington would like posts' assessment of whether the government "
	  "intends to sign the convention.", BOTH },
};

/* A post's sentence and the parties it asks ("" for none). */
static const char *const post_cases[][2] = {
	{ "Washington's guidance would be invaluable as we prepare for the talks.",
	  "SECSTATE WASHDC" },
	{ "The Department's views on the proposal would be most welcome.",
	  "SECSTATE WASHDC" },
	{ "Washington's guidance would be of great value.", "SECSTATE WASHDC" },
	{ "More Arab financial assistance to the Authority would be helpful.", "" },
	{ "An Atlantic port would be useful for maritime engagement.", "" },
	{ "We need a decision from Washington by March 30.", "SECSTATE WASHDC" },
	{ "Embassy needs further guidance from the Department before the vote.",
	  "SECSTATE WASHDC" },
	{ "We need a decision by the minister.", "" },
	{ "We need an answer from DOD before the press conference.", "SECDEF WASHDC" },
	{ "We would need Washington's decision by March 30.", "SECSTATE WASHDC" },
	/* Washington's agencies asked politely, the USG after the post's view */
	{ "It would be useful for Washington agencies to clarify the timeline.",
	  "SECSTATE WASHDC, SECDEF WASHDC" },
	{ "It would be useful for the agencies to meet.", "" },
	{ "Embassy believes the USG should offer assistance.", "SECSTATE WASHDC" },
	{ "Embassy believes the ministry should offer assistance.", "" },
	/* the post asks what to do */
	{ "How should we respond if the minister asks for a commitment?",
	  "SECSTATE WASHDC, SECDEF WASHDC" },
	{ "How does Washington want us to respond?", "SECSTATE WASHDC" },
	{ "How should the ministry respond to the report?", "" },
	{ "Should we raise the issue, the minister wondered.", "" },
	/* whom the Department is to instruct is not asked by the post */
	{ "Request Department authorize DOD to release the funds.", "SECSTATE WASHDC" },
	{ "Request Department and DOD release the funds.", "SECSTATE WASHDC, SECDEF WASHDC" },
	{ "We would need more time to finish the report.", "" },
	{ "Embassy needs the Department's answer before the minister leaves.",
	  "SECSTATE WASHDC" },
	/* waiting on Washington's answer */
	{ "We look forward to the Department's guidance on the question.",
	  "SECSTATE WASHDC" },
	{ "Post looks forward to receiving Washington's views on the proposal.",
	  "SECSTATE WASHDC" },
	{ "We look forward to working with the Department on the visit.", "" },
	{ "We look forward to the minister's visit in December.", "" },
	{ "We now look to Washington to approve the grant.", "SECSTATE WASHDC" },
	{ "We now look to expand our capabilities to transit materiel.", "" },
	{ "Post looks to the Department to clear the line.", "SECSTATE WASHDC" },
	{ "We look to the future with confidence.", "" },
	{ "Embassy would appreciate any information Embassy Rome may have on the "
	  "bank.", "AMEMBASSY ROME" },
	{ "Embassy would appreciate assessments from Embassy Rome on the vote.",
	  "AMEMBASSY ROME" },
	{ "We received assessments from Embassy Rome last week.", "" },
	/* what a post on the lines can share or has, in a clause */
	{ "We would welcome any lessons Embassy Rome can share on the settlement.",
	  "AMEMBASSY ROME" },
	{ "We would appreciate any insights Embassy Rome has on the minister.",
	  "AMEMBASSY ROME" },
	{ "We welcome the lessons the minister shared with us.", "" },
	/* a request going on, of Washington or what it gives ("guidance");
	 * not the post's own work with others */
	{ "Post is requesting guidance on the visa question.",
	  "SECSTATE WASHDC, SECDEF WASHDC" },
	{ "We are now asking Washington to approve the visit.", "SECSTATE WASHDC" },
	{ "We are requesting that the Department approve the travel.",
	  "SECSTATE WASHDC" },
	{ "Post is requesting meetings with the ministers for the delegation.", "" },
	{ "We are asking the Foreign Ministry for the text of the law.", "" },
	{ "We are asking ourselves whether the program still works.", "" },
	/* an adverb between the writer and its verb */
	{ "We nevertheless request that Embassy Rome brief the customs service.",
	  "AMEMBASSY ROME" },
	{ "We would welcome Embassy Rome's assessment of how far the government will "
	  "go.", "AMEMBASSY ROME" },
	{ "Embassy Rome's assessment is that the vote will pass.", "" },
	/* the post named holds for the sentence after */
	{ "We would welcome Embassy Rome's assessment of the vote. Any information "
	  "on the delegation would also be useful.", "AMEMBASSY ROME" },
	/* a Department office's thing: the Department's */
	{ "We would also appreciate EUR/RPM's comments on the draft.",
	  "SECSTATE WASHDC" },
	/* telegraphic, the post left out */
	{ "Would appreciate Department's guidance on the request.", "SECSTATE WASHDC" },
	{ "Recommend Department approve the waiver.", "SECSTATE WASHDC" },
	{ "Urge the host government to co-sponsor it.", "" },
	{ "For Rome: would appreciate Embassy's assessment of the request.",
	  "AMEMBASSY ROME" },
	/* asked again; whose thing a passive asks for */
	{ "We reiterate our request that the Department provide the analysis.",
	  "SECSTATE WASHDC" },
	{ "Comments from Embassy Rome on the proposal would be welcome.",
	  "AMEMBASSY ROME" },
	{ "Embassy Rome's views on the crossings would also be helpful.",
	  "AMEMBASSY ROME" },
	{ "RSO requests that the Department provide two agents for the visit.",
	  "SECSTATE WASHDC" },
	{ "Legatt requests that the Department approve the interview.",
	  "SECSTATE WASHDC" },
	{ "Consulate requests Washington guidance before June 24, the date by "
	  "which the Attorney General has asked for an answer.", "SECSTATE WASHDC" },
	{ "The minister's visit to Washington is set for May.", "" },
	/* the writer's staff; not someone else's */
	{ "My staff would be grateful if the Department could confirm the dates by "
	  "April 14.", "SECSTATE WASHDC" },
	{ "Ministry staff requested that the Department confirm the dates.", "" },
	/* an answer or help from Washington the writer waits on */
	{ "We eagerly await the Department's response to the proposal.",
	  "SECSTATE WASHDC" },
	{ "We will look for the Secretary's help in advancing the talks.",
	  "SECSTATE WASHDC" },
	{ "We await the minister's response.", "" },
	{ "We will look for opportunities to help the coast guard.", "" },
	{ "It would be helpful for you to emphasize the port fees.",
	  "SECSTATE WASHDC, SECDEF WASHDC" },
	/* the welcome before the condition, "your staff" the addressees */
	{ "It would help us greatly if your staff could send us, by COB May 22, the "
	  "latest figures.", "SECSTATE WASHDC, SECDEF WASHDC" },
	{ "It would be most helpful if Embassy Rome could share its assessment.",
	  "AMEMBASSY ROME" },
	/* the Secretary or one of rank under him; "would find it useful" */
	{ "It would be useful if the Secretary could raise the case.", "SECSTATE WASHDC" },
	{ "We would find it useful if the Deputy Secretary could repeat our concerns.",
	  "SECSTATE WASHDC" },
	{ "We would find it helpful for Washington to raise the case.", "SECSTATE WASHDC" },
	{ "It would be useful if the Foreign Secretary could raise the case.", "" },
	{ "We would find it useful to meet the minister again.", "" },
	{ "We hope the Deputy Secretary will raise the case.", "SECSTATE WASHDC" },
	{ "It is important that the Under Secretary raise the case.", "SECSTATE WASHDC" },
	{ "We hope the Foreign Secretary will raise the case.", "" },
	/* the writer's pointer, or a word of what was said, is no speech */
	{ "As noted in reftel, we request that the Department approve the waiver.",
	  "SECSTATE WASHDC" },
	{ "Given the minister's stated intention to sign, we request that the "
	  "Department approve the waiver.", "SECSTATE WASHDC" },
	{ "The minister noted that we should request a waiver from the Department.", "" },
	{ "As the minister told the Ambassador on Monday, we request that the "
	  "Department approve the waiver.", "SECSTATE WASHDC" },
	{ "The minister told the Ambassador, as he had before, that the Department "
	  "should approve the waiver.", "" },
	/* a purpose before "please" */
	{ "So that we can lock in the schedule, please have your staff send the "
	  "final list.", "SECSTATE WASHDC, SECDEF WASHDC" },
	/* an office of the post named by its country or place */
	{ "USAID/Malta requests country clearance for Ms. Ada Okafor.",
	  "SECSTATE WASHDC, SECDEF WASHDC" },
	{ "Post requests country clearance for Ms. Ada Okafor.",
	  "SECSTATE WASHDC, SECDEF WASHDC" },
	{ "USAID/Italy requests country clearance for Ms. Ada Okafor.", "" },
	{ "No ICASS support is requested beyond that described above.", "" },
	/* what someone asked, inside the writer's own request; not the
	 * request someone else made */
	{ "Embassy requests that the Department confirm whether it can send the "
	  "team the Governor asked for.", "SECSTATE WASHDC" },
	{ "The Governor asked that the Department send a team.", "" },
	/* a verb of saying in a clause of "what": no reported speech */
	{ "We would appreciate input from Embassy Rome on where the decision stands, "
	  "so that we can answer him consistently with what they are being told.",
	  "AMEMBASSY ROME" },
	{ "The minister told us what Washington should do.", "" },
	/* whose help is asked, not the agencies the help is to reach */
	{ "Post would appreciate the Department's help, before the interviews on "
	  "April 22, in ensuring that DOD is aware of the request.", "SECSTATE WASHDC" },
	{ "ICASS support is requested for the visit.",
	  "SECSTATE WASHDC, SECDEF WASHDC" },
	/* the writer's second verb asks, after an opening phrase; not one a
	 * modal governs, nor one after a clause of what was said */
	{ "To lay the groundwork, post backs the Ambassador's efforts ahead of the "
	  "session, and proposes that the Department raise the matter there.",
	  "SECSTATE WASHDC" },
	{ "We should encourage the minister to continue and ask the Saudis to weigh in.",
	  "" },
	{ "Post supports the Ambassador's efforts, and would be grateful if the "
	  "Department could address the points.", "SECSTATE WASHDC" },
	/* the writer's hope that Washington will act; not the host
	 * government's, nor a wish about Washington's means */
	{ "Mission hopes Washington will schedule a meeting soon.", "SECSTATE WASHDC" },
	{ "The Embassy hopes the State Department and the Secretary of Defense will "
	  "engage the ambassador.", "SECSTATE WASHDC, SECDEF WASHDC" },
	{ "We hope that CDU/CSU leadership would ensure the frameworks are adequate.", "" },
	{ "We hope the government will agree to the text.", "" },
	{ "We hope Washington will be able to send a team.", "" },
	{ "We hope Embassy Rome will raise the vote with the Chancellery.",
	  "AMEMBASSY ROME" },
	{ "The Ambassador predicted that she will grow in her job and recommends "
	  "patience.", "" },
};

static void upper(char *s)
{
	for (; *s; s++)
		*s = (char)toupper((unsigned char)*s);
}

/* The parties of paragraph 1 of a cable from "from" to to[0..nto)
 * holding text, joined by ", ", or "" when it is not tasked; its
 * checklist line into line. */
/* The INFO lines asked_by() gives its cable: none, unless a test sets
 * them (and clears them after). */
static struct addressee *info_lines;
static size_t ninfo_lines;

static void asked_by(const char *from, struct addressee *to, size_t nto, const char *text,
                     char *out, size_t cap, char *line, size_t lcap)
{
	struct cable *c = new_cable(from, to, nto, 2011, 3, 1);
	c->info = info_lines;
	c->ninfo = ninfo_lines;
	add_para(c, 1, 1, text);
	tasking_find(c);
	const struct tasking *t = find(c, 1);
	out[0] = '\0';
	size_t n = 0;
	for (size_t i = 0; t && i < t->nparties; i++)
		n += (size_t)snprintf(out + n, n < cap ? cap - n : 0, "%s%s", i ? ", " : "",
		                      t->parties[i]);
	snprintf(line, lcap, "%s", t && t->summary ? t->summary : "");
	cable_free(c);
}

/* The same, of Washington's cable to the two posts. */
static void asked(const char *text, char *out, size_t cap, char *line, size_t lcap)
{
	asked_by("SECSTATE WASHDC", to_posts, 2, text, out, cap, line, lcap);
}

/* Each of cases[0..n) read as written and in capitals asks its parties. */
static void check_cases(const char *from, struct addressee *to, size_t nto,
                        const char *const (*cases_)[2], size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char caps[512], mixed[128], capital[128], line[256];
		snprintf(caps, sizeof caps, "%s", cases_[i][0]);
		upper(caps);
		asked_by(from, to, nto, cases_[i][0], mixed, sizeof mixed, line, sizeof line);
		asked_by(from, to, nto, caps, capital, sizeof capital, line, sizeof line);
		if (strcmp(mixed, cases_[i][1]) != 0 || strcmp(capital, cases_[i][1]) != 0)
			print_error("\"%s\": as written \"%s\", in capitals \"%s\", want \"%s\"\n",
			            cases_[i][0], mixed, capital, cases_[i][1]);
		assert_string_equal(mixed, cases_[i][1]);
		assert_string_equal(capital, cases_[i][1]);
	}
}

static void test_wash_asks(void **state)
{
	(void)state;
	check_cases("SECSTATE WASHDC", to_posts, 2, cases, sizeof cases / sizeof cases[0]);
}

static void test_post_asks(void **state)
{
	(void)state;
	check_cases("AMEMBASSY VALLETTA", to_state, 3, post_cases,
	            sizeof post_cases / sizeof post_cases[0]);
}

/* Agencies a post asks as telegrams name them: beside another ("DOD and
 * the Department of Labor", Labor on the INFO line only), on no line
 * ("that MCC confirm", "RECOMMEND DEA DETAIL", "USTR's view"), after a
 * clipped "RECOMMEND" (opening phrase or none); a delegation asking;
 * "hearing from Embassy Rome"; "We need to know by March 14 whether". */
static void test_post_asks_agencies(void **state)
{
	(void)state;
	static struct addressee to_trade[] = {
		{ NULL, "SECSTATE WASHDC", NULL, "71", false },
		{ NULL, "SECDEF WASHDC", NULL, NULL, false },
	};
	static struct addressee info_trade[] = {
		{ NULL, "DEPT OF LABOR WASHINGTON DC", NULL, NULL, false },
		{ NULL, "AMEMBASSY ROME", NULL, NULL, false },
	};
	static const char *const asks[][2] = {
		{ "Post requests that DOD and the Department of Labor provide talking "
		  "points.", "SECDEF WASHDC, DEPT OF LABOR WASHINGTON DC" },
		{ "We would also ask that MCC confirm the board date.", "MCC" },
		{ "Post hereby requests Department and NSC assistance in arranging a "
		  "call.", "SECSTATE WASHDC, NSC" },
		{ "We understand that MCC is reviewing the compact.", "" },
		{ "RECOMMEND DOD DEFER ANY ANNOUNCEMENT OF THE REDUCTIONS.", "SECDEF WASHDC" },
		{ "In view of the minister's concerns, recommend DOD defer the "
		  "announcement.", "SECDEF WASHDC" },
		{ "RECOMMEND DEA DETAIL TWO AGENTS TO THE TASK FORCE.", "DEA" },
		{ "You should urge the Attorney General and the minister to keep "
		  "accepting transfers.", "SECSTATE WASHDC" },
		/* the owner of what is asked for; posts it is to come from; a
		 * date the post needs an answer by */
		{ "We would welcome USTR's view on whether the quota applies.", "USTR" },
		{ "We would be interested in hearing from Embassy Rome whether the "
		  "ministry agrees.", "AMEMBASSY ROME" },
		{ "We need to know by March 14 whether DOD will fund the project.",
		  "SECDEF WASHDC" },
		{ "To counter him, we need to know better his objectives.", "" },
		{ "Post requests that the Department's response be sent before the "
		  "conference.", "SECSTATE WASHDC" },
		{ "USDEL requests the Department's guidance by March 3 on the draft.",
		  "SECSTATE WASHDC" },
	};
	info_lines = info_trade;
	ninfo_lines = 2;
	check_cases("USMISSION USUN NEW YORK", to_trade, 2, asks, sizeof asks / sizeof asks[0]);
	/* the clause's subject alone, its verb any bare one (told from a
	 * noun by its small letters, so not in a text all in capitals) */
	char parties[128], line[256];
	asked_by("USMISSION USUN NEW YORK", to_trade, 2, "Post recommends that Washington "
	         "offer the minister meetings with DOD counterparts.", parties, sizeof parties,
	         line, sizeof line);
	info_lines = NULL;
	ninfo_lines = 0;
	assert_string_equal(parties, "SECSTATE WASHDC");
}

/* A post's trade advocacy: Commerce's Advocacy Center and the Export-Import
 * Bank by the names posts use; a country's own bank is none of them, nor
 * is an agency the one asked works "in coordination with". */
static void test_trade_agencies(void **state)
{
	(void)state;
	static struct addressee to_trade[] = {
		{ NULL, "SECSTATE WASHDC", NULL, "61", false },
		{ NULL, "USDOC WASHDC", NULL, NULL, false },
		{ NULL, "EXIMBANK WASHDC", NULL, NULL, false },
	};
	static const char *const trade[][2] = {
		{ "Post requests that the Commerce Department's Advocacy Center "
		  "coordinate a letter.", "USDOC WASHDC" },
		{ "Post requests that the Advocacy Center complete its review.",
		  "USDOC WASHDC" },
		{ "Embassy would appreciate EXIM's update on the loan.", "EXIMBANK WASHDC" },
		{ "Embassy requests that the Department, in coordination with Commerce "
		  "Department and EXIM, advise before the tender.", "SECSTATE WASHDC" },
		{ "We would appreciate Department's views, coordinated with EXIM, on the "
		  "loan.", "SECSTATE WASHDC" },
		{ "Sensitive but unclassified. Please handle accordingly.", "" },
		{ "Post would welcome the Department's guidance on the terms China "
		  "Eximbank offered.",
		  "SECSTATE WASHDC" },
	};
	check_cases("AMEMBASSY ACCRA", to_trade, 3, trade, sizeof trade / sizeof trade[0]);
}

/* A post's request that leads into items, each opening with the agency
 * it asks ("-- HHS/CDC provide reagents"), asks those agencies. */
static void test_items_open_with_agencies(void **state)
{
	(void)state;
	static struct addressee to_health[] = {
		{ NULL, "SECSTATE WASHDC", NULL, "81", false },
		{ NULL, "USDA FAS WASHDC", NULL, NULL, false },
	};
	static struct addressee info_health[] = {
		{ NULL, "DEPT OF HHS WASHINGTON DC", NULL, NULL, false },
		{ NULL, "USAID WASHDC", NULL, NULL, false },
	};
	struct cable *c = new_cable("AMEMBASSY VALLETTA", to_health, 2, 2011, 11, 1);
	c->info = info_health;
	c->ninfo = 2;
	struct paragraph *p = add_para(c, 1, 1, "To help contain the outbreak, Post "
	                               "requests that:");
	add_child(c, p, 2, NODE_BULLET, "HHS/CDC provide reagents for the laboratory;");
	add_child(c, p, 2, NODE_BULLET, "USAID review whether protective equipment "
	          "can be released.");
	tasking_find(c);
	const struct tasking *t = got(c, 1);
	assert_int_equal(t->nparties, 2);
	assert_true(has_party(t, "DEPT OF HHS WASHINGTON DC"));
	assert_true(has_party(t, "USAID WASHDC"));
	cable_free(c);

	/* "We recommend: A. that HHS/CDC ...; B. that USAID ...; C. that
	 * INL ...": an item "that" opens may name no agency */
	c = new_cable("AMEMBASSY VALLETTA", to_health, 2, 2011, 11, 1);
	c->info = info_health;
	c->ninfo = 2;
	p = add_para(c, 1, 1, "We recommend:");
	add_child(c, p, 3, NODE_ITEM, "that HHS/CDC provide reagents for the laboratory;");
	add_child(c, p, 3, NODE_ITEM, "that the program office reprogram funds; and");
	add_child(c, p, 3, NODE_ITEM, "that USAID review the equipment list.");
	tasking_find(c);
	t = got(c, 1);
	assert_int_equal(t->nparties, 2);
	assert_true(has_party(t, "DEPT OF HHS WASHINGTON DC"));
	assert_true(has_party(t, "USAID WASHDC"));
	cable_free(c);
}

/* In a post's cable, an agency whose name may be a foreign body's
 * ("Treasury", "Commerce") is asked on the INFO lines when nothing stands
 * before its name ("Treasury's views", "if Commerce could"); not "the
 * Treasury" nor "the Kenyan Treasury". */
static void test_info_agencies_by_bare_name(void **state)
{
	(void)state;
	static struct addressee to_state1[] = {
		{ NULL, "SECSTATE WASHDC", NULL, "81", false },
	};
	static struct addressee info_econ[] = {
		{ NULL, "DEPT OF TREASURY WASHINGTON DC", NULL, NULL, false },
		{ NULL, "DEPT OF COMMERCE WASHINGTON DC", NULL, NULL, false },
	};
	struct cable *c = new_cable("AMEMBASSY VALLETTA", to_state1, 1, 2011, 11, 1);
	c->info = info_econ;
	c->ninfo = 2;
	add_para(c, 4, 1, "We would also welcome Treasury's views on the loan.");
	add_para(c, 4, 2, "We would be grateful if Commerce could share the list of firms.");
	add_para(c, 4, 3, "We would welcome the Treasury's views on the loan.");
	add_para(c, 4, 4, "We would welcome the Maltese Treasury's views on the loan.");
	tasking_find(c);
	const struct tasking *t = got(c, 1);
	assert_int_equal(t->nparties, 1);
	assert_true(has_party(t, "DEPT OF TREASURY WASHINGTON DC"));
	t = got(c, 2);
	assert_int_equal(t->nparties, 1);
	assert_true(has_party(t, "DEPT OF COMMERCE WASHINGTON DC"));
	assert_false(has_party(got(c, 3), "DEPT OF TREASURY WASHINGTON DC"));
	assert_false(has_party(got(c, 4), "DEPT OF TREASURY WASHINGTON DC"));
	cable_free(c);
}

/* "the minister's request in para 1" points to a request described there,
 * someone else's: paragraph 1 asks nothing ("our request in para 1" and
 * "the action request in para 1" point to an ask). */
static void test_others_request_pointed(void **state)
{
	(void)state;
	struct cable *c = new_cable("AMEMBASSY VALLETTA", to_state, 2, 2011, 3, 1);
	add_para(c, 3, 1, "The minister said the government asks that the U.S. provide "
	         "a team of port specialists.");
	add_para(c, 3, 2, "The ferry service will start in the autumn.");
	add_para(c, 3, 3, "Guidance request: the government will expect an answer. Post "
	         "would welcome guidance on how to respond to the minister's request "
	         "in para 1.");
	tasking_find(c);
	assert_null(find(c, 1));
	assert_non_null(find(c, 3));
	cable_free(c);

	/* a government's request by its acronym: "the GOM request in para 1" */
	c = new_cable("AMEMBASSY VALLETTA", to_state, 2, 2011, 3, 1);
	add_para(c, 3, 1, "THE MINISTER SAID THE GOM WOULD ASK THAT THE U.S. PROVIDE "
	         "AERIAL SURVEILLANCE.");
	add_para(c, 3, 2, "THE FERRY SERVICE WILL START IN THE AUTUMN.");
	add_para(c, 3, 3, "FOR SECDEF: EMBASSY REQUESTS THAT DOD ASSESS WHETHER ANY ASSET "
	         "COULD SUPPORT THE GOM REQUEST IN PARA 1.");
	tasking_find(c);
	assert_null(find(c, 1));
	assert_non_null(find(c, 3));
	cable_free(c);

	/* someone's requests by a word before them: "the Kenyan police
	 * requests in para 1" */
	c = new_cable("AMEMBASSY VALLETTA", to_state, 2, 2011, 3, 1);
	add_para(c, 3, 1, "The police chief asked that the USG provide helicopter "
	         "support.");
	add_para(c, 3, 2, "The ferry service will start in the autumn.");
	add_para(c, 3, 3, "Post requests that the Department advise soonest and respond "
	         "to the Maltese police requests in para 1.");
	tasking_find(c);
	assert_null(find(c, 1));
	assert_non_null(find(c, 3));
	cable_free(c);
}

/* Washington's "points for specific posts:" whose items name the posts
 * they instruct; "Allied and partner capitals" are more than NATO's. */
static void test_points_and_partners(void **state)
{
	(void)state;
	static struct addressee to_nato[] = {
		{ NULL, "ALL NATO POST COLLECTIVE", NULL, "71", false },
		{ NULL, "AMEMBASSY STOCKHOLM", NULL, "72", false },
	};
	struct cable *c = new_cable("SECSTATE WASHDC", to_nato, 2, 2011, 3, 1);
	struct paragraph *p = add_para(c, 3, 1, "Additional points for specific posts:");
	add_child(c, p, 2, NODE_ITEM, "Embassy Stockholm should also ask whether Sweden "
	          "would provide instructors.");
	add_child(c, p, 2, NODE_ITEM, "We urge you to support the trust fund.");
	p = add_para(c, 3, 2, "Points:");
	add_child(c, p, 1, NODE_ITEM, "We urge you to support the trust fund.");
	add_para(c, 3, 3, "Embassies in Allied and partner capitals are requested to "
	         "approach host governments.");
	tasking_find(c);
	const struct tasking *t = got(c, 1);
	assert_int_equal(t->nparties, 1);
	assert_true(has_party(t, "AMEMBASSY STOCKHOLM"));
	assert_null(find(c, 2));
	assert_int_equal(got(c, 3)->nparties, 2);
	cable_free(c);
}

/* A post's cable asks another mission by its short name ("USOSCE's
 * assessment", "USOSCE should"), not a body or command ("NATO should"). */
static void test_missions_by_short_name(void **state)
{
	(void)state;
	static struct addressee to_dept[] = {
		{ NULL, "SECSTATE WASHDC", NULL, "81", false },
	};
	static struct addressee info[] = {
		{ NULL, "USMISSION USOSCE", NULL, "82", false },
		{ NULL, "NATO EU COLLECTIVE", NULL, "83", false },
	};
	const char *const texts[][2] = {
		{ "We would also appreciate USOSCE's assessment of the offer.",
		  "USMISSION USOSCE" },
		{ "USOSCE should raise the offer in the Council.", "USMISSION USOSCE" },
		{ "NATO should consider shifting its effort to the districts.", "" },
	};
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		struct cable *c = new_cable("AMEMBASSY TBILISI", to_dept, 1, 2011, 3, 1);
		c->info = info;
		c->ninfo = 2;
		add_para(c, 1, 1, texts[i][0]);
		tasking_find(c);
		const struct tasking *t = find(c, 1);
		const char *first = t && t->nparties ? t->parties[0] : "";
		if (strcmp(first, texts[i][1]) != 0)
			print_error("\"%s\": got \"%s\"\n", texts[i][0], first);
		assert_string_equal(first, texts[i][1]);
		cable_free(c);
	}
}

/* In a scenesetter, "the delegation" is the visitor, as "you" is. */
static void test_delegation_is_visitor(void **state)
{
	(void)state;
	struct cable *c = new_cable("AMEMBASSY VALLETTA", to_state, 2, 2011, 3, 1);
	c->subject = "SCENESETTER FOR CODEL HALVERSEN'S OCTOBER 9 VISIT";
	add_para(c, 1, 1, "The Embassy requests that the delegation's staff provide the "
	         "final manifest by October 3.");
	tasking_find(c);
	assert_true(has_party(got(c, 1), "CODEL HALVERSEN"));
	cable_free(c);
}

/* A mission's cable with no post on its TO lines: "Embassies in EU
 * capitals" are the posts on its INFO lines. */
static void test_info_posts_asked(void **state)
{
	(void)state;
	static struct addressee to_wash[] = {
		{ NULL, "SECSTATE WASHDC", NULL, "91", false },
	};
	static struct addressee info[] = {
		{ NULL, "EU MEMBER STATES COLLECTIVE", NULL, "92", false },
		{ NULL, "AMEMBASSY PARIS", NULL, "93", false },
	};
	struct cable *c = new_cable("USEU BRUSSELS", to_wash, 1, 2011, 3, 1);
	c->info = info;
	c->ninfo = 2;
	add_para(c, 1, 1, "USEU requests that Embassies in EU capitals demarche host "
	         "governments before the meeting.");
	tasking_find(c);
	const struct tasking *t = got(c, 1);
	assert_true(has_party(t, "AMEMBASSY PARIS"));
	assert_false(has_party(t, "SECSTATE WASHDC"));
	cable_free(c);
}

/* An embassy's cable to its consulates: "Each post should" asks them all;
 * "Please report ..., slugged for CA/OCS/ACS" asks them, not the office a
 * reply is slugged for. */
static void test_embassy_to_consulates(void **state)
{
	(void)state;
	static struct addressee to_cons[] = {
		{ NULL, "AMCONSUL GUANGZHOU", NULL, "11", false },
		{ NULL, "AMCONSUL SHANGHAI", NULL, "12", false },
	};
	static struct addressee info[] = {
		{ NULL, "SECSTATE WASHDC", NULL, "13", false },
	};
	struct cable *c = new_cable("AMEMBASSY BEIJING", to_cons, 2, 2011, 3, 1);
	c->info = info;
	c->ninfo = 1;
	add_para(c, 2, 1, "Each post should designate a coordinator by March 25.");
	add_para(c, 2, 2, "Please report results by front-channel cable, slugged for "
	         "CA/OCS/ACS, by April 13.");
	tasking_find(c);
	for (int n = 1; n <= 2; n++) {
		const struct tasking *t = got(c, n);
		assert_int_equal(t->nparties, 2);
		assert_true(has_party(t, "AMCONSUL GUANGZHOU") && has_party(t, "AMCONSUL SHANGHAI"));
	}
	cable_free(c);
}

/* "USDel" in a cable to a mission and an embassy is the mission's. */
static void test_usdel(void **state)
{
	(void)state;
	static struct addressee to_mission[] = {
		{ NULL, "USMISSION USOSCE", NULL, "61", false },
		{ NULL, "AMEMBASSY VILNIUS", NULL, "62", false },
	};
	char parties[128], line[256];
	asked_by("SECSTATE WASHDC", to_mission, 2, "On the third paragraph, USDel should "
	         "table the text below.", parties, sizeof parties, line, sizeof line);
	assert_string_equal(parties, "USMISSION USOSCE");
}

/* The checklist line of a polite passive is the thing asked for, without
 * the words of asking or the time it may take. */
static void test_passive_lines(void **state)
{
	(void)state;
	char parties[128], line[256];
	asked("Any information posts can provide on the questions below would be "
	      "greatly appreciated.", parties, sizeof parties, line, sizeof line);
	assert_string_equal(line, "Provide any information posts can provide on the "
	                    "questions below");
	asked("As time and resources permit, any information posts can provide on "
	      "the port would be appreciated.", parties, sizeof parties, line, sizeof line);
	assert_string_equal(parties, BOTH);
	assert_string_equal(line, "Provide any information posts can provide on the port");
	asked_by("AMEMBASSY VALLETTA", to_state, 2, "While much of the effort ties into "
	         "our strategy, increased funding for exchanges would be most welcome.",
	         parties, sizeof parties, line, sizeof line);
	assert_string_equal(parties, "SECSTATE WASHDC, SECDEF WASHDC");
	assert_string_equal(line, "Provide increased funding for exchanges");
	asked("Post's answers to the following questions would be of real value.",
	      parties, sizeof parties, line, sizeof line);
	assert_string_equal(line, "Provide answers to the following questions");
	/* the thing asked after an "and" that joins a clause before it */
	asked("These changes could show the government's views and further "
	      "information on the effort would be very valuable.", parties,
	      sizeof parties, line, sizeof line);
	assert_string_equal(parties, BOTH);
	assert_string_equal(line, "Provide information on the effort");
	/* an adverb among the passive words */
	asked_by("AMEMBASSY VALLETTA", to_state, 2, "The concurrence of the Department "
	         "of Defense in the detail of four instructors is likewise sought.",
	         parties, sizeof parties, line, sizeof line);
	assert_string_equal(parties, "SECDEF WASHDC");
	assert_string_equal(line, "Provide concurrence of the Department of Defense in "
	                    "the detail of four instructors");
	/* the Secretary as the clause's subject: the line starts at his verb */
	asked_by("AMEMBASSY VALLETTA", to_state, 2, "We would be grateful if the Deputy "
	         "Secretary could raise the case with the minister.", parties, sizeof parties,
	         line, sizeof line);
	assert_string_equal(parties, "SECSTATE WASHDC");
	assert_string_equal(line, "Raise the case with the minister");
	/* the writer reports what it told someone else, or what one of its
	 * people said: no request of Washington */
	asked_by("AMEMBASSY VALLETTA", to_state, 2, "We told the minister that his "
	         "support would be appreciated.", parties, sizeof parties, line, sizeof line);
	assert_string_equal(parties, "");
	asked_by("AMEMBASSY VALLETTA", to_state, 2, "The Ambassador noted that a prompt "
	         "reply from the ministry would be appreciated.", parties, sizeof parties,
	         line, sizeof line);
	assert_string_equal(parties, "");
}

/* An aside between the party and its modal, and the line that names what
 * is asked, not the aside: "Valletta and Rome, whose ..., should in
 * addition seek", "grateful if the Ambassador in Rome, who ..., would
 * raise". */
static void test_asides_before_the_verb(void **state)
{
	(void)state;
	char parties[128], line[256];
	asked("Valletta and Rome, whose host governments co-chaired the caucus in "
	      "the last cycle (as posts will recall from ref B), should in addition "
	      "seek a meeting with the national delegate.", parties, sizeof parties,
	      line, sizeof line);
	assert_string_equal(parties, BOTH);
	assert_string_equal(line, "Seek a meeting with the national delegate");
	asked("The Department would be grateful if the Ambassador in Rome, who we "
	      "understand meets the Minister monthly, would raise the candidacy with "
	      "the Minister personally.", parties, sizeof parties, line, sizeof line);
	assert_string_equal(parties, "AMEMBASSY ROME");
	assert_string_equal(line, "Raise the candidacy with the Minister personally");
	asked("Posts should, in addition, seek the views of the ministry.", parties,
	      sizeof parties, line, sizeof line);
	assert_string_equal(line, "Seek the views of the ministry");
	/* a country with an aside is still the country */
	asked("Malta, as a member of the Council, should support the text.", parties,
	      sizeof parties, line, sizeof line);
	assert_string_equal(parties, "");
}

/* A post named in one sentence and asked in the next ("Embassy Rome has
 * the lead. It should", "Embassy Rome is an exception. Post should"), an
 * aside before "please", a linking word after the modal. */
static void test_it_and_please(void **state)
{
	(void)state;
	char parties[128], line[256];
	asked("Embassy Rome is best placed to influence the chair. It should seek a "
	      "meeting with the coordinator.", parties, sizeof parties, line, sizeof line);
	assert_string_equal(parties, "AMEMBASSY ROME");
	assert_string_equal(line, "Seek a meeting with the coordinator");
	asked("Embassies Valletta and Rome have the lead. They should, however, "
	      "coordinate with USEU.", parties, sizeof parties, line, sizeof line);
	assert_string_equal(parties, BOTH);
	assert_string_equal(line, "Coordinate with USEU");
	/* not a post's: the thing it names */
	asked("Embassy Rome reported on the law last week. It should be adopted in "
	      "May.", parties, sizeof parties, line, sizeof line);
	assert_string_equal(parties, "");
	asked("The proposal is on the table. It should reach the Council soon.",
	      parties, sizeof parties, line, sizeof line);
	assert_string_equal(parties, "");
	asked("Embassy Rome, given Italy's presidency from July 1, please begin a "
	      "quiet conversation with the ministry.", parties, sizeof parties, line,
	      sizeof line);
	assert_string_equal(parties, "AMEMBASSY ROME");
	assert_string_equal(line, "Begin a quiet conversation with the ministry");
	/* a post's cable: the other post */
	asked_by("AMEMBASSY VALLETTA", to_posts + 1, 1, "Embassy Rome is best placed "
	         "to reach the chair. It should seek a meeting.", parties, sizeof parties,
	         line, sizeof line);
	assert_string_equal(parties, "AMEMBASSY ROME");
	/* a verb in the present before its object */
	asked("Embassy Rome hosts the liaison officer. It should ensure that he "
	      "receives this cable.", parties, sizeof parties, line, sizeof line);
	assert_string_equal(parties, "AMEMBASSY ROME");
	asked("Embassy Rome officials met the minister. It should reach the Council "
	      "soon.", parties, sizeof parties, line, sizeof line);
	assert_string_equal(parties, "");
	/* "Please" after "It should": the same post */
	asked("Embassy Rome has the lead. It should convey our suggestions to the "
	      "director. Please do so by June 17.", parties, sizeof parties, line,
	      sizeof line);
	assert_string_equal(parties, "AMEMBASSY ROME");
	/* "Its economic section", the post after ", and" */
	asked("Italy holds the presidency through December, and Embassy Rome has the "
	      "lead with it. Its economic section should pass the text to the chair.",
	      parties, sizeof parties, line, sizeof line);
	assert_string_equal(parties, "AMEMBASSY ROME");
	assert_string_equal(line, "Pass the text to the chair");
	asked("The ministry has the lead. Its officials should brief the police.",
	      parties, sizeof parties, line, sizeof line);
	assert_string_equal(parties, "");
	/* after a heading */
	asked("MISSION ITALY: Embassy Rome has the lead for Mission Italy. It should "
	      "convene the consular chiefs.", parties, sizeof parties, line, sizeof line);
	assert_string_equal(parties, "AMEMBASSY ROME");
	/* "Post" after a sentence that opens with one post (in the present) */
	asked("Embassy Rome is an exception. Post should respond to the Vice "
	      "Minister's request.", parties, sizeof parties, line, sizeof line);
	assert_string_equal(parties, "AMEMBASSY ROME");
	/* "We would appreciate Embassy's follow-up" after it, too */
	asked("Embassy Rome reported the boarding last week. We would appreciate "
	      "Embassy's follow-up with Navy contacts.", parties, sizeof parties, line,
	      sizeof line);
	assert_string_equal(parties, "AMEMBASSY ROME");
	/* or that names one post, in any tense; not two */
	asked("Embassy Rome reported the vote last week. Post should respond to the "
	      "request.", parties, sizeof parties, line, sizeof line);
	assert_string_equal(parties, "AMEMBASSY ROME");
	asked("Embassies Rome and Valletta reported the vote last week. Post should "
	      "respond to the request.", parties, sizeof parties, line, sizeof line);
	assert_string_equal(parties, BOTH);
	/* after an opening phrase too */
	asked("Embassy Rome has led the talks since January. In the coming week, post "
	      "should urge the Ministry to name an official.", parties, sizeof parties,
	      line, sizeof line);
	assert_string_equal(parties, "AMEMBASSY ROME");
	/* a second "if": "grateful if Embassy X could ..., and if Embassy Y
	 * could" */
	asked("The Department would be grateful if Embassy Valletta could ask the "
	      "MFA whether the demand reflects instructions, and if Embassy Rome could "
	      "confirm the vote.", parties, sizeof parties, line, sizeof line);
	assert_string_equal(parties, BOTH);
	static struct addressee to_three[] = {
		{ NULL, "SECSTATE WASHDC", NULL, "61", false },
		{ NULL, "AMEMBASSY ROME", NULL, "62", false },
		{ NULL, "AMEMBASSY MADRID", NULL, "63", false },
	};
	asked_by("USMISSION GENEVA", to_three, 3, "MISSION WOULD BE GRATEFUL IF EMBASSY "
	         "ROME COULD ASK THE MFA, AND IF EMBASSY MADRID COULD CONFIRM THE VOTE.",
	         parties, sizeof parties, line, sizeof line);
	assert_string_equal(parties, "AMEMBASSY ROME, AMEMBASSY MADRID");
	asked_by("USMISSION GENEVA", to_three, 3, "Separately, the Rome DATT is asked to "
	         "sound out the General Staff.", parties, sizeof parties, line, sizeof line);
	assert_string_equal(parties, "AMEMBASSY ROME");
	asked_by("AMEMBASSY ROME", to_three, 3, "The Rome RSO should brief the police.",
	         parties, sizeof parties, line, sizeof line);
	assert_string_equal(parties, "");
	/* a heading of posts in a post's cable scopes its "please" */
	asked_by("USMISSION GENEVA", to_three, 3, "ALL ACTION ADDRESSEES: please send "
	         "the data by March 25.", parties, sizeof parties, line, sizeof line);
	assert_string_equal(parties, "AMEMBASSY ROME, AMEMBASSY MADRID");
	asked_by("USMISSION GENEVA", to_three, 3, "FOR MADRID: please send the data.",
	         parties, sizeof parties, line, sizeof line);
	assert_string_equal(parties, "AMEMBASSY MADRID");
	/* "except the constituent posts": the consulates */
	static struct addressee to_italy[] = {
		{ NULL, "AMEMBASSY ROME", NULL, "71", false },
		{ NULL, "AMCONSUL MILAN", NULL, "72", false },
		{ NULL, "AMEMBASSY MADRID", NULL, "73", false },
	};
	asked_by("SECSTATE WASHDC", to_italy, 3, "All action addressees except the "
	         "constituent posts (see para 6) are requested to complete the matrix.",
	         parties, sizeof parties, line, sizeof line);
	assert_string_equal(parties, "AMEMBASSY ROME, AMEMBASSY MADRID");
	/* a heading that names the posts after "ACTION POSTS" */
	static struct addressee to_four[] = {
		{ NULL, "SECSTATE WASHDC", NULL, "81", false },
		{ NULL, "AMEMBASSY ASTANA", NULL, "82", false },
		{ NULL, "AMEMBASSY DUSHANBE", NULL, "83", false },
		{ NULL, "AMEMBASSY TASHKENT", NULL, "84", false },
		{ NULL, "AMEMBASSY ASHGABAT", NULL, "85", false },
	};
	asked_by("AMEMBASSY BISHKEK", to_four, 5, "ACTION POSTS ASTANA, DUSHANBE, TASHKENT "
	         "AND ASHGABAT: We would be grateful if you would raise the ministerial "
	         "with your contacts.", parties, sizeof parties, line, sizeof line);
	assert_string_equal(parties, "AMEMBASSY ASTANA, AMEMBASSY DUSHANBE, "
	                    "AMEMBASSY TASHKENT, AMEMBASSY ASHGABAT");
	/* "each addressee post", singular */
	asked_by("USMISSION GENEVA", to_three, 3, "ESTH officers at each addressee post "
	         "are asked to send the hub the names.", parties, sizeof parties, line,
	         sizeof line);
	assert_string_equal(parties, "AMEMBASSY ROME, AMEMBASSY MADRID");
	/* "We ask that it seek": the post the sentence before names */
	asked_by("USMISSION GENEVA", to_three, 3, "Embassy Rome has the best access to "
	         "the Chairmanship team. We ask that it seek the Chairmanship's help.",
	         parties, sizeof parties, line, sizeof line);
	assert_string_equal(parties, "AMEMBASSY ROME");
	assert_string_equal(line, "Seek the Chairmanship's help");
	/* a heading's aside is not one before "please" */
	asked("For all posts except Rome (see para 5): Please deliver the points.",
	      parties, sizeof parties, line, sizeof line);
	assert_string_equal(parties, "AMEMBASSY VALLETTA");
}

/* A request put as a condition the writer would welcome: "If Embassy Rome
 * could check with the police, we would be most grateful"; a wish of
 * someone else's, or "we would be grateful" with nothing after it, asks
 * nothing. */
static void test_if_welcomed(void **state)
{
	(void)state;
	char parties[128], line[256];
	asked("If Embassy Rome could check with the police, we would be most grateful.",
	      parties, sizeof parties, line, sizeof line);
	assert_string_equal(parties, "AMEMBASSY ROME");
	assert_string_equal(line, "Check with the police");
	asked("If posts could report by May 3, it would be most helpful.", parties,
	      sizeof parties, line, sizeof line);
	assert_string_equal(parties, BOTH);
	assert_string_equal(line, "Report");
	asked_by("AMEMBASSY VALLETTA", to_state, 3, "If the Department could advise on "
	         "the waiver, we would be grateful.", parties, sizeof parties, line,
	         sizeof line);
	assert_string_equal(parties, "SECSTATE WASHDC");
	assert_string_equal(line, "Advise on the waiver");
	asked_by("AMEMBASSY VALLETTA", to_state, 3, "If the minister could attend, we "
	         "would be grateful.", parties, sizeof parties, line, sizeof line);
	assert_string_equal(parties, "");
	asked("If the weather could improve, we would be grateful.", parties,
	      sizeof parties, line, sizeof line);
	assert_string_equal(parties, "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wash_asks),
		cmocka_unit_test(test_post_asks),
		cmocka_unit_test(test_trade_agencies),
		cmocka_unit_test(test_items_open_with_agencies),
		cmocka_unit_test(test_post_asks_agencies),
		cmocka_unit_test(test_info_agencies_by_bare_name),
		cmocka_unit_test(test_usdel),
		cmocka_unit_test(test_embassy_to_consulates),
		cmocka_unit_test(test_info_posts_asked),
		cmocka_unit_test(test_delegation_is_visitor),
		cmocka_unit_test(test_missions_by_short_name),
		cmocka_unit_test(test_points_and_partners),
		cmocka_unit_test(test_others_request_pointed),
		cmocka_unit_test(test_passive_lines),
		cmocka_unit_test(test_asides_before_the_verb),
		cmocka_unit_test(test_it_and_please),
		cmocka_unit_test(test_if_welcomed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
