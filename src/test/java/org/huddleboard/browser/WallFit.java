package org.huddleboard.browser;

import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

/** Whether a wall screen fits its screen (1920×1080, 1280×720) as shown: the checks every wall browser test makes. */
final class WallFit {

    private WallFit() {
    }

    /**
     * No scrolling; no region's content clipped at its bottom; no tile, card, line or heading
     * running past the edge of its region; every region's bottom on the screen; the header's huddle
     * status and live mark on the screen, the status on one line; no tile's content running out of
     * its tile. With each region's height and how much of it its content uses, to print.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> check(ChromeDriver driver) {
        return (Map<String, Object>) driver.executeScript("var d = document.documentElement, problems = [];"
                + "if (d.scrollHeight > innerHeight || d.scrollWidth > innerWidth || document.body.scrollHeight > innerHeight)"
                + "  problems.push('page ' + d.scrollWidth + 'x' + d.scrollHeight);"
                + "['measures', 'ideas', 'escalations', 'actions', 'thanks'].forEach(function (id) {"
                + "  var r = document.getElementById(id); if (!r || r.hidden) { return; }"
                + "  var box = r.getBoundingClientRect();"
                + "  if (box.bottom > innerHeight || box.right > innerWidth) { problems.push(id + ' off screen'); }"
                + "  if (r.scrollHeight > r.clientHeight + 1) { problems.push(id + ' clipped ' + r.scrollHeight + '>' + r.clientHeight); }"
                + "  r.querySelectorAll('.tile, .safety, .idea-title, .idea-meta, .idea-effect, .idea-more, .esc-title,"
                + "    .esc-status, .esc-meta, .answer-said, .answer-did, .esc-more, .foot-label, .foot-item, .foot-more, h2, h3')"
                + "    .forEach(function (e) {"
                + "    var b = e.getBoundingClientRect();"
                + "    if (b.right > box.right + 1 || b.bottom > box.bottom + 1) { problems.push(id + ': ' + e.className + ' '"
                + "      + e.textContent.trim().substring(0, 30) + ' ends at ' + b.right + ',' + b.bottom); } });"
                + "});"
                + "var header = document.querySelector('.wall-header');"
                + "if (header && header.scrollWidth > header.clientWidth + 1) { problems.push('header too wide ' + header.scrollWidth); }"
                + "['huddle', 'live'].forEach(function (id) { var e = document.getElementById(id);"
                + "  if (e && e.getBoundingClientRect().right > innerWidth) { problems.push(id + ' off screen'); } });"
                + "var status = document.getElementById('huddle');"
                + "if (status && status.getBoundingClientRect().height > parseFloat(getComputedStyle(status).fontSize) * 1.5)"
                + "  { problems.push('huddle status on more than one line'); }"
                + "var foot = document.querySelector('.wall-foot');"
                + "if (foot && foot.getBoundingClientRect().bottom > innerHeight) { problems.push('foot off screen'); }"
                + "document.querySelectorAll('.tile').forEach(function (t) { if (t.scrollHeight > t.clientHeight + 1) {"
                + "  problems.push('tile ' + t.dataset.measure + ' overflows ' + t.scrollHeight + '>' + t.clientHeight); } });"
                + "var panel = document.querySelector('.safety-panel');"
                + "if (panel && panel.scrollHeight > panel.clientHeight + 1) { problems.push('safety cross clipped '"
                + "  + panel.scrollHeight + '>' + panel.clientHeight); }"
                + "function used(id) { var e = document.getElementById(id), last = e && e.lastElementChild;"
                + "  return last ? Math.round(last.getBoundingClientRect().bottom - e.getBoundingClientRect().top) : 0; }"
                + "function h(id) { var e = document.getElementById(id); return e ? Math.round(e.getBoundingClientRect().height) : 0; }"
                + "return { ok: problems.length === 0, problems: problems, height: d.scrollHeight, width: d.scrollWidth,"
                + "  board: h('board'), live: h('board-live'), ideas: h('ideas'), ideasUsed: used('ideas'),"
                + "  escalations: h('escalations'), escalationsUsed: used('escalations'),"
                + "  foot: foot ? Math.round(foot.getBoundingClientRect().height) : 0, header: header ? Math.round(header.getBoundingClientRect().height) : 0 };");
    }
}
