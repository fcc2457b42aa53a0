// 结对共建工作台: reads /api/dashboard/overview (and the pairing list for titles) with the browser session.
(function () {
  'use strict';

  var LABELS = {
    PROPOSED: '待审批', ACTIVE: '共建中', SUSPENDED: '已暂停', CONCLUDED: '已结束', REJECTED: '未通过',
    SYMPOSIUM: '座谈交流', THEMED_PARTY_DAY: '主题党日', PARTY_LESSON: '微党课', STUDY_SESSION: '学习研讨',
    SITE_VISIT: '参观学习', VOLUNTEER_SERVICE: '志愿服务', TRAINING: '培训', CULTURAL: '文化活动', OTHER: '其他',
    ORGAN: '机关', STATE_ENTERPRISE: '国有企业', NON_PUBLIC_ENTERPRISE: '非公企业',
    SOCIAL_ORGANIZATION: '社会组织', COMMUNITY: '社区'
  };
  var SERVICES = {
    'registry-service': '组织登记服务', 'pairing-service': '结对共建服务',
    'activity-service': '联建活动服务', 'notification-service': '通知服务'
  };

  function label(code) { return LABELS[code] || code; }

  function percent(rate) {
    if (typeof rate !== 'number' || isNaN(rate)) { return '—'; }
    return (Math.round(rate * 1000) / 10) + '%';
  }

  function value(v) { return v === null || v === undefined ? '—' : String(v); }

  function setText(root, testId, text) {
    var el = root.querySelector('[data-testid="' + testId + '"]');
    if (el) { el.textContent = text; }
  }

  function fillList(root, testId, items, empty) {
    var list = root.querySelector('[data-testid="' + testId + '"]');
    if (!list) { return; }
    list.textContent = '';
    if (!items.length) {
      var none = root.createElement('li');
      none.className = 'empty';
      none.textContent = empty;
      list.appendChild(none);
      return;
    }
    items.forEach(function (item) {
      var li = root.createElement('li');
      if (item.count !== undefined) {
        var name = root.createElement('span');
        name.textContent = item.name;
        var count = root.createElement('strong');
        count.textContent = String(item.count);
        li.appendChild(name);
        li.appendChild(count);
      } else {
        li.textContent = item.name;
      }
      list.appendChild(li);
    });
  }

  function counts(map) {
    return Object.keys(map || {}).map(function (key) { return { name: label(key), count: map[key] }; });
  }

  // Renders an overview answer into the page; pure DOM work, no network (testable with any DOM).
  function render(root, data, titles) {
    var org = data.organizations || {}, cov = data.coverage || {}, act = data.activities || {}, rec = data.receipts || {};
    var attendance = act.attendance || {}, pairings = act.pairings || {};
    setText(root, 'district', value(data.district));
    setText(root, 'generated-at', data.generatedAt ? new Date(data.generatedAt).toLocaleString('zh-CN') : '—');
    setText(root, 'organizations-total', value(org.total));
    setText(root, 'organizations-two-new', value(org.twoNew));
    setText(root, 'coverage-paired', value(cov.twoNewPaired));
    setText(root, 'coverage-total', value(cov.twoNewTotal));
    setText(root, 'coverage-rate', percent(cov.rate));
    setText(root, 'activities-total', value(act.total));
    setText(root, 'activities-period', act.from ? act.from + ' 至 ' + act.to : '—');
    setText(root, 'attendance-full', value(attendance.full));
    setText(root, 'attendance-probationary', value(attendance.probationary));
    setText(root, 'attendance-others', value(attendance.others));
    setText(root, 'receipts-pending', value(rec.pending));
    setText(root, 'receipts-required', value(rec.required));
    setText(root, 'receipts-acknowledged', value(rec.acknowledged));
    fillList(root, 'pairings-by-status', counts(cov.pairingsByStatus), '暂无数据');
    fillList(root, 'activities-by-type', counts(act.byType), data.activities ? '本月暂无活动' : '暂无数据');
    var overdue = pairings.overdueIds || [];
    setText(root, 'overdue-count', data.activities ? String(overdue.length) : '—');
    fillList(root, 'overdue-pairings', overdue.map(function (id) { return { name: (titles && titles[id]) || id }; }), '全部按期开展');
    fillList(root, 'unpaired-organizations', (cov.unpaired || []).map(function (o) {
      return { name: o.name + '（' + label(o.sector) + '）' };
    }), data.coverage ? '企业已全部结对' : '暂无数据');
    var missing = (data.unavailable || []).map(function (name) { return SERVICES[name] || name; });
    var warn = root.querySelector('[data-testid="unavailable"]');
    if (warn) {
      warn.hidden = missing.length === 0;
      warn.textContent = missing.length ? '以下服务暂时不可用，相关数据未显示：' + missing.join('、') : '';
    }
  }

  function fetchJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (response) {
      if (response.status === 401) { window.location.reload(); throw new Error('登录已过期'); }
      if (!response.ok) { throw new Error('HTTP ' + response.status); }
      return response.json();
    });
  }

  function pairingTitles() {
    return fetchJson('/api/pairings?size=200').then(function (page) {
      var titles = {};
      (page.items || []).forEach(function (p) { titles[p.id] = p.title; });
      return titles;
    }).catch(function () { return {}; });
  }

  function load(root) {
    var status = root.querySelector('[data-testid="status"]');
    return Promise.all([fetchJson('/api/dashboard/overview'), pairingTitles()]).then(function (answers) {
      render(root, answers[0], answers[1]);
      status.hidden = true;
    }).catch(function (error) {
      status.className = 'notice error';
      status.textContent = '数据加载失败：' + error.message;
    });
  }

  window.GongjianDashboard = { render: render, percent: percent, label: label, load: load };
  if (document.readyState !== 'loading') { load(document); } else { document.addEventListener('DOMContentLoaded', function () { load(document); }); }
}());
