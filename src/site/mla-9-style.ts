/**
 * An MLA 9th-edition style in CSL, written for this site's kinds of source (the MLA Handbook, 9th
 * edition, 2021: core elements in order, each followed by its punctuation). The `style-mla` package
 * is the 7th edition, which ends a web entry with "Web." and writes "N.p." for a missing publisher;
 * the 9th drops both and gives the URL. Only what one bibliography entry needs is here.
 *
 * Author. "Title of the part." *Title of the container*, Publisher, Day Mon. Year, URL. Accessed Day Mon. Year.
 * A work that stands alone (a report, a law, a dataset) has its title in italics and no container.
 */
export const MLA_9_TITLE = 'MLA Handbook 9th edition';

const PARTS = 'article-newspaper article-magazine article-journal webpage post-weblog chapter entry-encyclopedia';

export const MLA_9_STYLE = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info>
    <title>${MLA_9_TITLE}</title>
    <id>surveillance-claims-mla-9</id>
    <updated>2026-12-03T00:00:00+00:00</updated>
  </info>
  <citation>
    <layout><text variable="title"/></layout>
  </citation>
  <bibliography hanging-indent="true">
    <layout suffix=".">
      <group delimiter=". ">
        <names variable="author">
          <name name-as-sort-order="first" and="text" delimiter-precedes-last="always" et-al-min="3" et-al-use-first="1"/>
        </names>
        <choose>
          <if type="${PARTS}" match="any">
            <text variable="title" quotes="true" text-case="title"/>
          </if>
          <else>
            <text variable="title" font-style="italic" text-case="title"/>
          </else>
        </choose>
        <group delimiter=", ">
          <text variable="container-title" font-style="italic" text-case="title"/>
          <text variable="publisher"/>
          <text variable="number"/>
          <date variable="issued">
            <date-part name="day" suffix=" "/>
            <date-part name="month" form="short" suffix=" "/>
            <date-part name="year"/>
          </date>
          <text variable="URL"/>
        </group>
        <group delimiter=" ">
          <text term="accessed" text-case="capitalize-first"/>
          <date variable="accessed">
            <date-part name="day" suffix=" "/>
            <date-part name="month" form="short" suffix=" "/>
            <date-part name="year"/>
          </date>
        </group>
      </group>
    </layout>
  </bibliography>
</style>
`;
